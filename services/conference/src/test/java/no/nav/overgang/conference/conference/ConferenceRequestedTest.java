package no.nav.overgang.conference.conference;

import static no.nav.overgang.conference.ConferenceEvents.announces;
import static no.nav.overgang.conference.ConferenceEvents.conferenceRequested;
import static no.nav.overgang.conference.ConferenceEvents.eventsOf;
import static no.nav.overgang.conference.ConferenceEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.ConferenceCreated;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.Invitation;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/** ConferenceRequested in on overgang.case.v1, ConferenceCreated out on overgang.conference.v1. */
@ServiceTest
class ConferenceRequestedTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_requested_conference_is_created_inviting_the_office_its_routed_benefits_unit_and_the_medical_adviser_pool() {
        String caseKey = newCaseKey();
        // office 1201 is routed to unit 4405 in the routing configuration, not to the default 4402
        var request = conferenceRequested(caseKey, "1201", "02447140090");

        publish(request);

        var created = createdEvent(request);
        assertThat(created.caseKey()).isEqualTo(caseKey);
        assertThat(created.causationId()).isEqualTo(request.eventId());
        assertThat(created.occurredAt()).as("business time of the request").isEqualTo(request.occurredAt());
        assertThat(created.payload()).isInstanceOfSatisfying(ConferenceCreated.class, conference -> {
            assertThat(conference.conferenceId()).isEqualTo(request.payload().conferenceId());
            assertThat(conference.arm()).isEqualTo("pilot-office");
            assertThat(conference.office()).isEqualTo("1201");
            assertThat(conference.benefitsUnit()).isEqualTo("4405");
            assertThat(conference.invitations()).containsExactly(
                    new Invitation(ParticipantRole.NAV_OFFICE, "1201"),
                    new Invitation(ParticipantRole.BENEFITS_UNIT, "4405"),
                    new Invitation(ParticipantRole.MEDICAL_ADVISER, "rol-pool"));
        });
    }

    @Test
    void an_office_not_in_the_routing_goes_to_the_default_benefits_unit() {
        var request = conferenceRequested(newCaseKey(), "5701", "12439040007");

        publish(request);

        assertThat(createdEvent(request).payload()).isInstanceOfSatisfying(ConferenceCreated.class,
                conference -> assertThat(conference.benefitsUnit()).isEqualTo("4402"));
    }

    @Test
    void the_same_request_delivered_twice_creates_one_conference() {
        String caseKey = newCaseKey();
        var request = conferenceRequested(caseKey, "0315", "15436840087");

        publish(request);
        publish(request);
        // a later request of the same case is processed after both, and its conference is announced after theirs
        var later = conferenceRequested(caseKey, "0315", "15436840087");
        publish(later);

        var records = probe.readAll(Topics.CONFERENCES.name(), WITHIN,
                all -> all.stream().anyMatch(r -> announces(r, "ConferenceCreated", later.payload().conferenceId())));
        UUID conferenceId = request.payload().conferenceId();
        assertThat(eventsOf(caseKey, records))
                .filteredOn(e -> e.payload() instanceof ConferenceCreated c && c.conferenceId().equals(conferenceId))
                .as("ConferenceCreated for conference %s", conferenceId)
                .hasSize(1);
    }

    private void publish(EventEnvelope<ConferenceRequested> request) {
        probe.send(Topics.CASES.name(), request.caseKey(), EventJson.writeString(request));
    }

    private EventEnvelope<?> createdEvent(EventEnvelope<ConferenceRequested> request) {
        UUID conferenceId = request.payload().conferenceId();
        List<ConsumerRecord<String, String>> records = probe.readAll(Topics.CONFERENCES.name(), WITHIN,
                all -> all.stream().anyMatch(r -> announces(r, "ConferenceCreated", conferenceId)));
        ConsumerRecord<String, String> record = records.stream()
                .filter(r -> announces(r, "ConferenceCreated", conferenceId)).findFirst().orElseThrow();
        assertThat(record.key()).as("keyed by the case key").isEqualTo(request.caseKey());
        return EventJson.read(record.value());
    }
}

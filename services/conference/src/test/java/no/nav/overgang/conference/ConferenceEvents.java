package no.nav.overgang.conference;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.testkit.TopicProbe;

/** Conference requests as the coordinator publishes them, and the conference service's events read back. */
public final class ConferenceEvents {

    public static final Instant MONDAY_2_MARCH = Instant.parse("2026-03-02T09:00:00Z");

    private ConferenceEvents() {
    }

    /** A fresh case key, shaped like the intake's (32 lowercase hex characters). */
    public static String newCaseKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static EventEnvelope<ConferenceRequested> conferenceRequested(String caseKey, String office,
                                                                         String nationalId) {
        return conferenceRequested(caseKey, office, nationalId, MeasuresAuthority.NAV_OFFICE, MONDAY_2_MARCH);
    }

    /** A request in the pilot variant that gives the § 12-5 authority to {@code authority}, at business time {@code at}. */
    public static EventEnvelope<ConferenceRequested> conferenceRequested(String caseKey, String office,
                                                                         String nationalId,
                                                                         MeasuresAuthority authority, Instant at) {
        String arm = authority == MeasuresAuthority.NAV_OFFICE ? "pilot-office" : "pilot-unit";
        var request = new ConferenceRequested(UUID.randomUUID(), arm, authority, office, nationalId,
                "conference requested because: the case entered the cohort (sykepenger-week39) and was "
                + "assigned pilot arm " + arm);
        return EventEnvelope.first(UUID.randomUUID(), request, at, at.plusSeconds(1), "overgang-coordinator", caseKey);
    }

    /** A canonical milestone as the intake publishes it: the national id in the payload, the case key as the key. */
    public static UUID publishMilestone(TopicProbe probe, String caseKey, String nationalId, MilestoneType milestone,
                                        MilestoneDetails details, Instant at) {
        var event = EventEnvelope.first(UUID.randomUUID(), new MilestoneRecorded("src-" + UUID.randomUUID(),
                SourceSystem.SYKEPENGER, milestone, nationalId, "0315", details), at, at.plusSeconds(1),
                "overgang-intake", caseKey);
        probe.send(Topics.MILESTONES.name(), caseKey, EventJson.writeString(event));
        return event.eventId();
    }

    /** One of the coordinator's case events (cohort entry, arm), at business time {@code at}. */
    public static void publishCaseEvent(TopicProbe probe, String caseKey, EventPayload payload, Instant at) {
        var event = EventEnvelope.first(UUID.randomUUID(), payload, at, at.plusSeconds(1), "overgang-coordinator",
                caseKey);
        probe.send(Topics.CASES.name(), caseKey, EventJson.writeString(event));
    }

    /** The events of one case among the records read, in the order they were published. */
    public static List<EventEnvelope<?>> eventsOf(String caseKey, List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> caseKey.equals(r.key())).<EventEnvelope<?>>map(r -> EventJson.read(r.value()))
                .toList();
    }

    public static boolean announces(ConsumerRecord<String, String> record, String eventType, UUID conferenceId) {
        return record.value().contains("\"eventType\":\"" + eventType + "\"")
                && record.value().contains("\"conferenceId\":\"" + conferenceId + "\"");
    }

    /** Publishes the conference request and waits until the conference service announces the conference. */
    public static EventEnvelope<ConferenceRequested> created(TopicProbe probe, EventEnvelope<ConferenceRequested> request) {
        UUID id = request.payload().conferenceId();
        probe.send(Topics.CASES.name(), request.caseKey(), EventJson.writeString(request));
        probe.readAll(Topics.CONFERENCES.name(), Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> announces(r, "ConferenceCreated", id)));
        return request;
    }

    /** The conference's events of the given type, in the order they were published, waiting for {@code count}. */
    public static List<EventEnvelope<?>> announced(TopicProbe probe, UUID conferenceId, String eventType, int count) {
        var records = probe.readAll(Topics.CONFERENCES.name(), Duration.ofSeconds(30),
                all -> all.stream().filter(r -> announces(r, eventType, conferenceId)).count() >= count);
        return records.stream().filter(r -> announces(r, eventType, conferenceId))
                .<EventEnvelope<?>>map(r -> EventJson.read(r.value())).toList();
    }
}

package no.nav.overgang.conference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.MeasuresAuthority;

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
        var request = new ConferenceRequested(UUID.randomUUID(), "pilot-office", MeasuresAuthority.NAV_OFFICE, office,
                nationalId, "conference requested because: the case entered the cohort (sykepenger-week39) and was "
                + "assigned pilot arm pilot-office");
        return EventEnvelope.first(UUID.randomUUID(), request, MONDAY_2_MARCH, MONDAY_2_MARCH.plusSeconds(1),
                "overgang-coordinator", caseKey);
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
}

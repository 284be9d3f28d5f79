package no.nav.overgang.platform.testapp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.events.payload.MeasuresAuthority;

/** Events for the platform's tests. Each test uses its own case key, so tests sharing the broker stay apart. */
public final class TestEvents {

    public static final String SOURCE = "overgang-platformtest";
    public static final Instant MARCH_2 = Instant.parse("2026-03-02T09:00:00Z");

    private TestEvents() {
    }

    /** A fresh pseudonymous case key (32 hex characters, like the real ones). */
    public static String newCaseKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** An event the test service's {@link HandoverRecorder} handles. */
    public static EventEnvelope<HandoverCreated> handover(String caseKey, Instant occurredAt) {
        return handover(caseKey, occurredAt, "pilot-office");
    }

    public static EventEnvelope<HandoverCreated> handover(String caseKey, Instant occurredAt, String arm) {
        return EventEnvelope.first(UUID.randomUUID(),
                new HandoverCreated(UUID.randomUUID(), UUID.randomUUID(), arm, "0315", "4402"),
                occurredAt, Instant.now(), SOURCE, caseKey);
    }

    /** An event on a topic the test service does not consume. */
    public static EventEnvelope<ArmAssigned> armAssigned(String caseKey, String arm) {
        return EventEnvelope.first(UUID.randomUUID(),
                new ArmAssigned(arm, true, MeasuresAuthority.NAV_OFFICE, "keyed-hash", 1, "SYKEPENGER|0315"),
                MARCH_2, Instant.now(), SOURCE, caseKey);
    }

    public static boolean carries(ConsumerRecord<String, String> record, UUID eventId) {
        return record.value().contains(eventId.toString());
    }

    /** The dead letter among {@code records} that keeps {@code original} as its original payload. */
    public static Optional<DeadLetterRecorded> deadLetterOf(List<ConsumerRecord<String, String>> records,
                                                             String original) {
        return records.stream()
                .map(record -> EventJson.read(record.value()).payload())
                .filter(DeadLetterRecorded.class::isInstance)
                .map(DeadLetterRecorded.class::cast)
                .filter(letter -> original.equals(letter.originalPayload()))
                .findFirst();
    }
}

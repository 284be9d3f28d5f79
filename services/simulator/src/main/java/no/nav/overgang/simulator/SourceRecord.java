package no.nav.overgang.simulator;

import java.time.Instant;

/**
 * One record as a source system publishes it.
 *
 * @param key        the source's own reference, never a national id
 * @param event      the source's event name, for the summary
 * @param milestone  whether the intake turns it into a canonical milestone
 */
public record SourceRecord(Instant occurredAt, String topic, String key, String eventId, String event,
                           boolean milestone, byte[] value) {

    @Override
    public String toString() {
        return "SourceRecord[%s %s on %s at %s]".formatted(event, eventId, topic, occurredAt);
    }
}

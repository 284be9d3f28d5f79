package no.nav.overgang.proof.faults;

/**
 * A source event mixed into the history that the intake must refuse, and the dead-letter reason it must give.
 *
 * @param kind   what is wrong with it
 * @param reason the {@code reason} of its DeadLetterRecorded on {@code overgang.milestone.dlq.v1}
 * @param topic  the source topic it is published to
 * @param value  its bytes, as published (the dead letter carries them back)
 */
public record BadEvent(Kind kind, String reason, String topic, byte[] value) {

    public enum Kind {
        /** An event id seen before, with other content (another office). */
        CONFLICT("CONFLICT"),
        /** Cut off in the middle: not JSON. */
        MALFORMED("MALFORMED_JSON"),
        /** A new event id, but the office is not four digits. */
        SCHEMA_INVALID("SCHEMA_INVALID"),
        /** A new event id with an event name the adapter does not know. */
        UNKNOWN_TYPE("UNKNOWN_EVENT_TYPE");

        private final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}

package no.nav.overgang.events;

import java.util.List;

/**
 * Input that is not a valid event or submission. The message and the problems name fields and rules, never values,
 * so they can be logged and shown without leaking personal data.
 */
public class InvalidEventException extends RuntimeException {

    private final Reason reason;
    private final List<String> problems;

    public InvalidEventException(Reason reason, List<String> problems) {
        super(reason.description + ": " + String.join("; ", problems));
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> problems() {
        return problems;
    }

    /** Stable reason codes; they appear on dead letters and in metrics. */
    public enum Reason {
        MALFORMED_JSON("not well-formed JSON"),
        UNKNOWN_EVENT_TYPE("unknown event type or version"),
        SCHEMA_INVALID("does not match its JSON Schema"),
        PAYLOAD_TOO_LARGE("larger than the size limit");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}

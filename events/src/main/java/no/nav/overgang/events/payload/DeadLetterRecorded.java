package no.nav.overgang.events.payload;

/**
 * Input that a consumer rejected. Nothing valid is dropped silently: the original bytes are kept so that an
 * administrator can re-drive them once the source has fixed them.
 *
 * @param sourceTopic     where the input came from ("http" for the HTTP API)
 * @param reason          a stable reason code, e.g. "SCHEMA_INVALID", "MALFORMED_JSON", "CONFLICT"
 * @param detail          what exactly was wrong, for a person; never contains the input's personal data
 * @param originalPayload the original input, as UTF-8 text, or Base64 when {@code encoding} says so
 * @param encoding        "utf-8" or "base64"
 */
public record DeadLetterRecorded(
        String consumer,
        String sourceTopic,
        Integer partition,
        Long offset,
        String reason,
        String detail,
        String originalPayload,
        String encoding) implements EventPayload {

    @Override
    public String toString() {
        return "DeadLetterRecorded[%s from %s: %s]".formatted(reason, sourceTopic, detail);
    }
}

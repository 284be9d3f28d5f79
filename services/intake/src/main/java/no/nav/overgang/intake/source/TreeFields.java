package no.nav.overgang.intake.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import no.nav.overgang.events.PlainTimes;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a validated source event from its parsed tree for an adapter's {@code bind}: what Jackson's
 * binding would give for the plain shapes the schemas allow, at a fraction of its cost (binding through Jackson was a
 * quarter of the intake's CPU time per event). Anything else, even a value Jackson might coerce, throws
 * {@link NotPlain}, and the event is bound by Jackson as before, with its reason if it does not fit.
 */
final class TreeFields {

    private TreeFields() {
    }

    /** A field this reader leaves to Jackson. */
    static final class NotPlain extends RuntimeException {
        NotPlain(String field) {
            super(field, null, false, false);
        }
    }

    static String text(JsonNode document, String field) {
        JsonNode value = document.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw new NotPlain(field);
        }
        return value.asString();
    }

    static UUID uuid(JsonNode document, String field) {
        String text = text(document, field);
        // the schema's pattern allows only the 36-character form, which both read alike
        if (text != null && text.length() != 36) {
            throw new NotPlain(field);
        }
        return text == null ? null : UUID.fromString(text);
    }

    static LocalDate date(JsonNode document, String field) {
        return time(document, field, PlainTimes::date, LocalDate::parse);
    }

    static LocalDateTime dateTime(JsonNode document, String field) {
        return time(document, field, PlainTimes::dateTime, LocalDateTime::parse);
    }

    static Instant instant(JsonNode document, String field) {
        OffsetDateTime time = time(document, field, PlainTimes::offsetDateTime, OffsetDateTime::parse);
        return time == null ? null : time.toInstant();
    }

    /** The plain reading, else the JDK's parser (as Jackson's), which throws on what it cannot read. */
    private static <T> T time(JsonNode document, String field, Function<String, T> plain, Function<String, T> parser) {
        String text = text(document, field);
        if (text == null) {
            return null;
        }
        T quick = plain.apply(text);
        return quick != null ? quick : parser.apply(text);
    }

    static Integer integer(JsonNode document, String field) {
        JsonNode value = document.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isInt()) {
            throw new NotPlain(field);
        }
        return value.intValue();
    }

    static List<String> texts(JsonNode document, String field) {
        JsonNode value = document.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw new NotPlain(field);
        }
        List<String> texts = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isString()) {
                throw new NotPlain(field);
            }
            texts.add(element.asString());
        }
        return texts;
    }

    static JsonNode object(JsonNode document, String field) {
        JsonNode value = document.get(field);
        if (value != null && !value.isObject()) {
            throw new NotPlain(field);
        }
        return value;
    }
}

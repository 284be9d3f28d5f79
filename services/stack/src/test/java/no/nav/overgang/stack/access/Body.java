package no.nav.overgang.stack.access;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A valid request body for an endpoint, with placeholders ({@link Fixture#resolve}) for the real objects. Valid, so
 * that a refusal is the access rule's and not the body validation's (which Spring runs before method security).
 */
sealed interface Body {

    Body NONE = new None();

    static Body json(String template) {
        return new Json(template);
    }

    static Body form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Form(fields);
    }

    static Body csv(String content) {
        return new Csv(content);
    }

    record None() implements Body {
    }

    record Json(String template) implements Body {
    }

    /** Form fields of a page; the walk adds the CSRF token. */
    record Form(Map<String, String> fields) implements Body {
    }

    record Csv(String content) implements Body {
    }
}

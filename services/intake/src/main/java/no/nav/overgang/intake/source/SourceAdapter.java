package no.nav.overgang.intake.source;

import java.util.List;

import no.nav.overgang.events.TopicSpec;
import no.nav.overgang.events.payload.SourceSystem;
import tools.jackson.databind.JsonNode;

/**
 * Translates one source system's own events, read from its own topic, into canonical milestone submissions. The
 * submission then takes the same path as every other one ({@code MilestoneIntake}): validation, idempotency by the
 * source's event id, conflicts.
 *
 * @param <S> the source's event, as the contract describes it in {@code no.nav.overgang.events.source}
 */
public interface SourceAdapter<S> {

    SourceSystem system();

    TopicSpec topic();

    /** The JSON Schema of the source's events. */
    String schemaResource();

    Class<S> eventClass();

    /** The field naming the kind of event, checked before the schema so an unknown kind is reported as such. */
    String eventNameField();

    List<String> knownEventNames();

    /** The event's name, for metrics; never personal data. */
    String eventName(S event);

    SourceTranslation translate(S event);

    /**
     * The event from its validated tree, read field by field ({@link TreeFields}); throws when a field is not in the
     * plain shape, and the caller then binds it with Jackson, which gives the reason when it does not fit.
     */
    S bind(JsonNode document);

    /** The event name of a parsed document, or null when it has none. */
    default String eventName(JsonNode document) {
        JsonNode name = document.get(eventNameField());
        return name != null && name.isString() ? name.asString() : null;
    }
}

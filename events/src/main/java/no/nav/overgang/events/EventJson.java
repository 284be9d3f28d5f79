package no.nav.overgang.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.nav.overgang.events.InvalidEventException.Reason;
import no.nav.overgang.events.payload.EventPayload;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON serde of the contract. Reading validates against the envelope schema and the payload's schema, and
 * tolerates unknown fields, so that adding an optional field is a compatible change (docs/EVENTS.md).
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new PlainTimeModule())
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private static final Map<EventType, ObjectReader> READERS = readers();

    private EventJson() {
    }

    private static Map<EventType, ObjectReader> readers() {
        Map<EventType, ObjectReader> readers = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            readers.put(type, MAPPER.readerFor(MAPPER.getTypeFactory()
                    .constructParametricType(EventEnvelope.class, type.payloadClass())));
        }
        return readers;
    }

    /** The mapper every service uses for the contract's types. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(EventEnvelope<?> envelope) {
        return MAPPER.writeValueAsBytes(envelope);
    }

    public static String writeString(EventEnvelope<?> envelope) {
        return MAPPER.writeValueAsString(envelope);
    }

    public static EventEnvelope<?> read(byte[] json) {
        return fromTree(parse(json));
    }

    public static EventEnvelope<?> read(String json) {
        return fromTree(parse(json));
    }

    /**
     * Reads an envelope that one of our own services wrote through its outbox (the platform's consumers know it by
     * the record's {@code eventType} header) without validating it against the JSON Schemas again: our writers
     * build envelopes from the contract's records, whose constructors check the required fields, and contract tests
     * check the writers' output against the schemas. Validating every internal event again in every consumer was
     * the largest cost of the downstream services. A document that does not bind is read with {@link #read}, so it
     * is refused with the precise reason.
     */
    public static EventEnvelope<?> readWritten(byte[] json) {
        JsonNode tree = parse(json);
        JsonNode payload = tree.get("payload");
        EventType type = EventType.byName(tree.path("eventType").asString())
                .filter(t -> t.reads(tree.path("schemaVersion").asInt())).orElse(null);
        if (type != null && payload != null && payload.isObject()) {
            try {
                EventPayload bound = MAPPER.treeToValue(payload, type.payloadClass());
                return MAPPER.treeToValue(tree, EnvelopeHeader.class).with(bound);
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                // not what our writers write: validate it, for the reason
            }
        }
        return fromTree(tree);
    }

    /**
     * {@link #readWritten(byte[])} for a record whose header names its type: binds the document to that type's
     * envelope in one pass, without building a tree first (the downstream services' largest cost after the JSON
     * Schema checks were gone). A document that does not bind so — another type, another version, not JSON — is read
     * as {@link #readWritten(byte[])} reads it, so it is refused with the precise reason.
     */
    public static EventEnvelope<?> readWritten(byte[] json, EventType announced) {
        try {
            return READERS.get(announced).readValue(json);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            return readWritten(json);
        }
    }

    /** Parses and validates a document against one schema of the contract, then binds it to {@code type}. */
    public static <T> T readValidated(byte[] json, String schemaResource, Class<T> type) {
        JsonNode tree = parse(json);
        List<String> problems = JsonSchemas.validate(schemaResource, tree);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(Reason.SCHEMA_INVALID, problems);
        }
        return bind(tree, type);
    }

    public static JsonNode parse(byte[] json) {
        try {
            return requireObject(MAPPER.readTree(json));
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return requireObject(MAPPER.readTree(json));
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    private static EventEnvelope<?> fromTree(JsonNode tree) {
        List<String> problems = new ArrayList<>(JsonSchemas.validate(JsonSchemas.ENVELOPE_RESOURCE, tree));
        if (!problems.isEmpty()) {
            throw new InvalidEventException(Reason.SCHEMA_INVALID, problems);
        }
        String typeName = tree.get("eventType").asString();
        int version = tree.get("schemaVersion").asInt();
        EventType type = EventType.byName(typeName)
                .filter(t -> t.reads(version))
                .orElseThrow(() -> new InvalidEventException(Reason.UNKNOWN_EVENT_TYPE,
                        List.of("eventType " + typeName + " v" + version)));
        problems.addAll(JsonSchemas.validate(type.schemaResource(version), tree.get("payload")));
        if (!problems.isEmpty()) {
            throw new InvalidEventException(Reason.SCHEMA_INVALID, problems);
        }
        ObjectNode withoutPayload = ((ObjectNode) tree).deepCopy();
        withoutPayload.remove("payload");
        EventPayload payload = bind(tree.get("payload"), type.payloadClass());
        EnvelopeHeader header = bind(withoutPayload, EnvelopeHeader.class);
        return header.with(payload);
    }

    private static <T> T bind(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JacksonException e) {
            // Jackson's messages can quote values; name the field path only
            String path = e.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
                    .collect(java.util.stream.Collectors.joining("/", "/", ""));
            throw new InvalidEventException(Reason.SCHEMA_INVALID,
                    List.of(path + ": does not fit " + type.getSimpleName()));
        } catch (IllegalArgumentException | NullPointerException e) {
            // our own records' checks name fields, not values
            throw new InvalidEventException(Reason.SCHEMA_INVALID, List.of(e.getMessage()));
        }
    }

    private static JsonNode requireObject(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidEventException(Reason.MALFORMED_JSON, List.of("the document is not a JSON object"));
        }
        return node;
    }

    private static InvalidEventException malformed(JacksonException e) {
        String where = e.getLocation() == null ? "" : " at line %d, column %d"
                .formatted(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return new InvalidEventException(Reason.MALFORMED_JSON, List.of(e.getOriginalMessage() + where));
    }

    /** The envelope's fields without the payload; bound first so the payload can be bound to its own class. */
    private record EnvelopeHeader(java.util.UUID eventId, String eventType, int schemaVersion,
                                  java.time.Instant occurredAt, java.time.Instant recordedAt, String source,
                                  String caseKey, java.util.UUID correlationId, java.util.UUID causationId) {

        EventEnvelope<EventPayload> with(EventPayload payload) {
            return new EventEnvelope<>(eventId, eventType, schemaVersion, occurredAt, recordedAt, source, caseKey,
                    correlationId, causationId, payload);
        }
    }
}

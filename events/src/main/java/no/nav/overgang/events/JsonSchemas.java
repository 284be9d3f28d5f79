package no.nav.overgang.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The contract's JSON Schemas (draft 2020-12), loaded once from this module's classpath. */
public final class JsonSchemas {

    public static final String ENVELOPE_RESOURCE = "schemas/EventEnvelope.v1.schema.json";

    /** Schema ids start with this; they resolve to this module's {@code schemas/} folder, never to the network. */
    public static final String ID_PREFIX = "https://schemas.overgang.nav.no/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, "classpath:schemas/"))
                    // draft 2020-12 treats "format" as an annotation only; we want dates and uuids checked
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Variants> VARIANTS = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    /** Problems found, as "path: message" lines; empty when the document is valid. */
    public static List<String> validate(String schemaResource, JsonNode document) {
        return schema(schemaResource).validate(document).stream()
                .map(error -> error.getInstanceLocation() + ": " + describe(error))
                .toList();
    }

    /**
     * The same as {@link #validate(String, JsonNode)} for a schema whose {@code allOf} holds conditions on one
     * field ({@code "if": {"properties": {field: {"const": value}}}, "then": ...}, as the source systems' schemas
     * require fields per event name): validates against the schema specialised to the document's value of that
     * field, in which the conditions that cannot hold are left out and the one that holds is replaced by its
     * {@code then}. The rules are the same; the validator just does not evaluate conditions that fail, for each of
     * which it formats an error message that is thrown away (most of the cost of validating a source event).
     */
    public static List<String> validate(String schemaResource, String discriminator, JsonNode document) {
        JsonNode value = document.get(discriminator);
        if (value == null || !value.isString()) {
            return validate(schemaResource, document);
        }
        Variants variants = VARIANTS.computeIfAbsent(schemaResource + "#" + discriminator,
                key -> Variants.of(schemaResource, discriminator));
        return variants.byValue().getOrDefault(value.asString(), variants.other()).validate(document).stream()
                .map(error -> error.getInstanceLocation() + ": " + describe(error))
                .toList();
    }

    /** A schema specialised to each value its conditions name, and to every other value. */
    private record Variants(Map<String, Schema> byValue, Schema other) {

        static Variants of(String resource, String discriminator) {
            ObjectNode original;
            try (var in = JsonSchemas.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("JSON Schema missing from the contract: " + resource);
                }
                original = (ObjectNode) EventJson.mapper().readTree(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Map<String, Schema> byValue = new java.util.HashMap<>();
            for (JsonNode entry : original.path("allOf")) {
                String value = condition(entry, discriminator);
                if (value != null) {
                    byValue.put(value, specialise(original, discriminator, value));
                }
            }
            return new Variants(Map.copyOf(byValue), specialise(original, discriminator, null));
        }

        /** The value of {@code {"if": {"properties": {field: {"const": value}}}, "then": ...}}, else null. */
        private static String condition(JsonNode entry, String discriminator) {
            JsonNode condition = entry.path("if").path("properties").path(discriminator).path("const");
            boolean onlyThat = entry.size() == 2 && entry.has("then") && entry.path("if").size() == 1
                    && entry.path("if").path("properties").size() == 1 && condition.isString();
            return onlyThat ? condition.asString() : null;
        }

        private static Schema specialise(ObjectNode original, String discriminator, String value) {
            ObjectNode tree = original.deepCopy();
            ArrayNode kept = tree.arrayNode();
            for (JsonNode entry : original.path("allOf")) {
                String condition = condition(entry, discriminator);
                if (condition == null) {
                    kept.add(entry);
                } else if (condition.equals(value)) {
                    kept.add(entry.get("then"));
                }
            }
            if (kept.isEmpty()) {
                tree.remove("allOf");
            } else {
                tree.set("allOf", kept);
            }
            // a sibling id, so that the schema's relative references resolve as the original's do
            tree.put("$id", original.path("$id").asString() + "-" + (value == null ? "other" : value));
            return REGISTRY.getSchema(SchemaLocation.of(tree.path("$id").asString()), tree);
        }
    }

    // networknt's messages quote the offending value; name the rule instead, so no personal data leaks into errors.
    private static String describe(com.networknt.schema.Error error) {
        String message = error.getMessage();
        return switch (error.getKeyword()) {
            case "pattern" -> "does not have the required format";
            case "enum" -> "is not one of the allowed values";
            case "const" -> "does not have the required value";
            default -> message;
        };
    }

    private static Schema schema(String resource) {
        return CACHE.computeIfAbsent(resource, JsonSchemas::load);
    }

    private static Schema load(String resource) {
        if (JsonSchemas.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalStateException("JSON Schema missing from the contract: " + resource);
        }
        return REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + resource.substring("schemas/".length())));
    }
}

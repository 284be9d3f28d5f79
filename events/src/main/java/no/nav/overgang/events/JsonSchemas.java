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

    private JsonSchemas() {
    }

    /** Problems found, as "path: message" lines; empty when the document is valid. */
    public static List<String> validate(String schemaResource, JsonNode document) {
        return schema(schemaResource).validate(document).stream()
                .map(error -> error.getInstanceLocation() + ": " + describe(error))
                .toList();
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

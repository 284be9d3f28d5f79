package no.nav.overgang.intake.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.JsonSchemas;
import no.nav.overgang.simulator.CaseHistories;
import no.nav.overgang.simulator.SimulationSettings;
import no.nav.overgang.simulator.SourceRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The screen may skip the full validator only where the validator finds nothing: for every simulated source event
 * and thousands of broken variants of them, "surely valid" implies no problem from {@link JsonSchemas}; and it is
 * sure of the simulator's valid events, or it would save nothing.
 */
class SchemaScreenTest {

    static final List<SourceAdapter<?>> ADAPTERS =
            List.of(new SykepengerAdapter(), new AapAdapter(), new UforetrygdAdapter());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void it_is_sure_of_the_simulated_events_and_they_are_valid() {
        Map<String, SourceAdapter<?>> byTopic = ADAPTERS.stream()
                .collect(Collectors.toMap(adapter -> adapter.topic().name(), Function.identity()));
        int screened = 0;
        for (SourceRecord record : simulated()) {
            SourceAdapter<?> adapter = byTopic.get(record.topic());
            if (adapter == null) {
                continue;
            }
            JsonNode document = EventJson.parse(record.value());
            assertThat(screen(adapter).surelyValid(document)).as("%s is surely valid", adapter.eventName(document))
                    .isTrue();
            assertThat(problems(adapter, document)).isEmpty();
            screened++;
        }
        assertThat(screened).isGreaterThan(1_000);
    }

    @Test
    void it_is_never_sure_of_an_event_the_validator_refuses() {
        int refused = 0;
        int checked = 0;
        for (SourceAdapter<?> adapter : ADAPTERS) {
            assertThat(screen(adapter).screens()).as(adapter.schemaResource()).isTrue();
            for (ObjectNode example : oneOfEachName(adapter)) {
                for (ObjectNode variant : variants(example, adapter)) {
                    List<String> problems = problems(adapter, variant);
                    if (screen(adapter).surelyValid(variant)) {
                        assertThat(problems).as("screened as valid: %s", variant).isEmpty();
                    }
                    refused += problems.isEmpty() ? 0 : 1;
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(3_000);
        assertThat(refused).as("broken variants the validator refused").isGreaterThan(checked / 3);
    }

    @Test
    void a_schema_with_a_keyword_it_does_not_know_is_never_screened() {
        // the canonical submission uses additionalProperties and unevaluatedProperties
        SchemaScreen screen = SchemaScreen.of("schemas/MilestoneSubmission.v1.schema.json", "source");
        assertThat(screen.screens()).isFalse();
        assertThat(screen.surelyValid(NODES.objectNode())).isFalse();
    }

    private static SchemaScreen screen(SourceAdapter<?> adapter) {
        return SchemaScreen.of(adapter.schemaResource(), adapter.eventNameField());
    }

    static List<String> problems(SourceAdapter<?> adapter, JsonNode document) {
        return JsonSchemas.validate(adapter.schemaResource(), adapter.eventNameField(), document);
    }

    static List<SourceRecord> simulated() {
        SimulationSettings defaults = SimulationSettings.defaults(null);
        return new CaseHistories(new SimulationSettings(300, LocalDate.parse("2024-01-01"), 730,
                Instant.parse("2026-11-01T00:00:00Z"), defaults.offices(), 7, 0.5, 1.0, 0, "unused", null))
                .generate().records();
    }

    /** A simulated event of every name the source sends, with every optional field the schema names added. */
    static List<ObjectNode> oneOfEachName(SourceAdapter<?> adapter) {
        Map<String, ObjectNode> byName = new LinkedHashMap<>();
        for (SourceRecord record : simulated()) {
            if (record.topic().equals(adapter.topic().name())) {
                ObjectNode document = (ObjectNode) EventJson.parse(record.value());
                byName.putIfAbsent(adapter.eventName(document), document);
            }
        }
        assertThat(byName).as(adapter.topic().name()).isNotEmpty();
        return List.copyOf(byName.values());
    }

    /** The example with each field (present or named by the schema) removed, nulled or replaced by odd values. */
    static List<ObjectNode> variants(ObjectNode example, SourceAdapter<?> adapter) {
        List<String> fields = new ArrayList<>(example.propertyNames());
        schema(adapter).path("properties").propertyNames().forEach(name -> {
            if (!fields.contains(name)) {
                fields.add(name);
            }
        });
        List<ObjectNode> variants = new ArrayList<>();
        for (String field : fields) {
            ObjectNode without = example.deepCopy();
            without.remove(field);
            variants.add(without);
            for (JsonNode odd : oddValues(example.get(field))) {
                ObjectNode changed = example.deepCopy();
                changed.set(field, odd);
                variants.add(changed);
            }
        }
        // every other event name, with this one's fields: the per-name requirements
        for (String name : adapter.knownEventNames()) {
            ObjectNode renamed = example.deepCopy();
            renamed.put(adapter.eventNameField(), name);
            variants.add(renamed);
        }
        return variants;
    }

    private static List<JsonNode> oddValues(JsonNode original) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0),
                NODES.numberNode(-1), NODES.numberNode(366), NODES.numberNode(367), NODES.numberNode(101),
                NODES.numberNode(2.5), NODES.numberNode(3.0), NODES.numberNode(Long.MAX_VALUE), NODES.stringNode(""),
                NODES.stringNode("x"), NODES.stringNode("12"), NODES.stringNode("0315"), NODES.stringNode("031"),
                NODES.stringNode("03155"), NODES.stringNode("15436840087"), NODES.stringNode("1543684008"),
                NODES.stringNode("15436840087\n"), NODES.stringNode("１５４３６８４００８７"),
                NODES.stringNode("2026-02-28"), NODES.stringNode("2026-02-30"), NODES.stringNode("2026-13-01"),
                NODES.stringNode("26-02-28"), NODES.stringNode("2026-02-28\n"), NODES.stringNode("1899-12-31"),
                NODES.stringNode("2026-03-02T10:00:00"), NODES.stringNode("2026-03-02T10:00:00Z"),
                NODES.stringNode("2026-03-02T10:00:00+01:00"), NODES.stringNode("2026-03-02T25:00:00Z"),
                NODES.stringNode("2026-03-02 10:00:00Z"), NODES.stringNode("2026-03-02T10:00:60Z"),
                NODES.stringNode("2026-03-02T10:00Z"), NODES.stringNode("2026-03-02T10:00:00-00:00"),
                NODES.stringNode("6f1d2c4e-8a55-4f0b-9a57-3b6b5c9f2d11"),
                NODES.stringNode("6f1d2c4e-8a55-4f0b-9a57-3b6b5c9f2d1"),
                NODES.stringNode("6f1d2c4e08a55-4f0b-9a57-3b6b5c9f2d11"),
                NODES.stringNode("6F1D2C4E-8A55-4F0B-9A57-3B6B5C9F2D1G"), NODES.stringNode("11-6"),
                NODES.stringNode("11-66-1"), NODES.stringNode("UTBETALING"), NODES.stringNode("utbetaling"),
                NODES.stringNode("VEDTAK_FATTET"), NODES.stringNode("INNVILGET"), NODES.stringNode("FRISKMELDT"),
                NODES.stringNode("x".repeat(41)), NODES.stringNode("x".repeat(101)), NODES.objectNode(),
                NODES.arrayNode(), NODES.arrayNode().add("12-5"), NODES.arrayNode().add("125"),
                NODES.arrayNode().add(5)));
        if (original != null && original.isObject()) {
            // each field of a nested object (AAP's periode) broken in turn
            for (String name : original.propertyNames()) {
                for (JsonNode odd : List.of(NODES.nullNode(), NODES.stringNode("2026-02-30"), NODES.numberNode(1))) {
                    ObjectNode changed = ((ObjectNode) original).deepCopy();
                    changed.set(name, odd);
                    values.add(changed);
                }
                ObjectNode without = ((ObjectNode) original).deepCopy();
                without.remove(name);
                values.add(without);
            }
        }
        return values;
    }

    private static JsonNode schema(SourceAdapter<?> adapter) {
        try (var in = SchemaScreenTest.class.getClassLoader().getResourceAsStream(adapter.schemaResource())) {
            return EventJson.mapper().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

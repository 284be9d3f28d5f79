package no.nav.overgang.intake.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.simulator.SourceRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each adapter's own reading of a validated event ({@code bind}) gives what Jackson's binding gives, or leaves the
 * event to Jackson: on every simulated event, and on every broken variant the schema lets through.
 */
class QuickBindingTest {

    @Test
    void every_simulated_event_is_read_as_jackson_reads_it() {
        Map<String, SourceAdapter<?>> byTopic = SchemaScreenTest.ADAPTERS.stream()
                .collect(Collectors.toMap(adapter -> adapter.topic().name(), Function.identity()));
        int read = 0;
        for (SourceRecord record : SchemaScreenTest.simulated()) {
            SourceAdapter<?> adapter = byTopic.get(record.topic());
            if (adapter != null) {
                JsonNode document = EventJson.parse(record.value());
                assertThat((Object) adapter.bind(document)).isEqualTo(jackson(adapter, document));
                read++;
            }
        }
        assertThat(read).isGreaterThan(1_000);
    }

    @Test
    void a_valid_variant_is_read_as_jackson_reads_it_or_left_to_jackson() {
        int compared = 0;
        for (SourceAdapter<?> adapter : SchemaScreenTest.ADAPTERS) {
            for (ObjectNode example : SchemaScreenTest.oneOfEachName(adapter)) {
                for (ObjectNode variant : SchemaScreenTest.variants(example, adapter)) {
                    if (!SchemaScreenTest.problems(adapter, variant).isEmpty()) {
                        continue;
                    }
                    Object expected;
                    try {
                        expected = jackson(adapter, variant);
                    } catch (RuntimeException refused) {
                        assertThatThrownBy(() -> adapter.bind(variant)).as("Jackson refuses %s", variant)
                                .isInstanceOf(RuntimeException.class);
                        continue;
                    }
                    try {
                        assertThat((Object) adapter.bind(variant)).as("%s", variant).isEqualTo(expected);
                        compared++;
                    } catch (TreeFields.NotPlain leftToJackson) {
                        // bound by Jackson in the intake
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    private static Object jackson(SourceAdapter<?> adapter, JsonNode document) {
        return EventJson.mapper().treeToValue(document, adapter.eventClass());
    }
}

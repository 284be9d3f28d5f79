package no.nav.overgang.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The contract's mapper reads instants and dates exactly as Jackson's own readers do, and refuses what they refuse. */
class PlainTimeModuleTest {

    private static final JsonMapper JACKSON_ALONE = JsonMapper.builder().build();

    record Times(Instant instant, LocalDate date) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T10:00:00Z", "2026-03-02T10:00:00.5Z", "2026-03-02T10:00:00.123456789Z",
            "2026-03-02T10:00:00+01:00", "2026-03-02T10:00:00-00:30", "1900-01-01T00:00:00Z"})
    void instants_read_as_jackson_reads_them(String text) {
        String json = "{\"instant\":\"" + text + "\"}";

        Times plain = EventJson.mapper().readValue(json, Times.class);

        assertThat(plain.instant()).isEqualTo(JACKSON_ALONE.readValue(json, Times.class).instant()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02", "2024-02-29", "0001-01-01"})
    void dates_read_as_jackson_reads_them(String text) {
        String json = "{\"date\":\"" + text + "\"}";

        assertThat(EventJson.mapper().readValue(json, Times.class).date())
                .isEqualTo(JACKSON_ALONE.readValue(json, Times.class).date()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"instant\":\"2026-02-30T10:00:00Z\"}", "{\"instant\":\"yesterday\"}",
            "{\"instant\":\"2026-03-02T10:00Z\"}", "{\"date\":\"2026-02-30\"}", "{\"date\":\"2026-13-01\"}"})
    void what_jackson_refuses_is_refused(String json) {
        assertThatThrownBy(() -> JACKSON_ALONE.readValue(json, Times.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> EventJson.mapper().readValue(json, Times.class))
                .isInstanceOf(JacksonException.class);
    }
}

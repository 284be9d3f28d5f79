package no.nav.overgang.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import no.nav.overgang.events.InvalidEventException.Reason;
import no.nav.overgang.events.payload.CancellationReason;
import no.nav.overgang.events.payload.ConferenceCancelled;

/**
 * A new schema version keeps the old one readable (docs/EVENTS.md, "Evolution rule"): ConferenceCancelled v2 adds
 * the coded reason, and v1 events, written before it, still read, with no reason and their own version.
 */
class OlderSchemaVersionTest {

    @Test
    void writers_write_the_current_version_with_the_reason() {
        EventEnvelope<?> example = ContractExamples.example(EventType.CONFERENCE_CANCELLED);

        assertThat(example.schemaVersion()).isEqualTo(2);
        assertThat(EventJson.writeString(example)).contains("\"reason\":\"CASE_RESOLVED\"");
    }

    @Test
    void a_version_1_event_still_reads_with_no_reason_and_keeps_its_version() throws IOException {
        String v1 = resource("/contract/ConferenceCancelled.v1.json");

        for (EventEnvelope<?> read : new EventEnvelope<?>[] {EventJson.read(v1),
                EventJson.readWritten(v1.getBytes(StandardCharsets.UTF_8))}) {
            assertThat(read.schemaVersion()).isEqualTo(1);
            assertThat(read.type()).isEqualTo(EventType.CONFERENCE_CANCELLED);
            ConferenceCancelled payload = (ConferenceCancelled) read.payload();
            assertThat(payload.reason()).isNull();
            assertThat(payload.office()).isEqualTo("0315");
        }
    }

    @Test
    void a_version_2_event_without_its_reason_is_refused() throws IOException {
        String withoutReason = resource("/contract/ConferenceCancelled.v1.json")
                .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");

        assertThatThrownBy(() -> EventJson.read(withoutReason))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SCHEMA_INVALID);
                    assertThat(e.getMessage()).contains("reason");
                });
    }

    @Test
    void a_code_the_schema_does_not_know_is_refused() throws IOException {
        String unknownCode = EventContractTest.template(EventType.CONFERENCE_CANCELLED)
                .replace(CancellationReason.CASE_RESOLVED.name(), "BORED");

        assertThatThrownBy(() -> EventJson.read(unknownCode))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SCHEMA_INVALID));
    }

    @Test
    void a_version_newer_than_the_current_is_refused_and_other_types_read_only_their_current_one()
            throws IOException {
        String newer = EventContractTest.template(EventType.CONFERENCE_CANCELLED)
                .replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 3");

        assertThatThrownBy(() -> EventJson.read(newer))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_EVENT_TYPE));
        assertThat(EventType.CONFERENCE_CANCELLED.reads(1)).isTrue();
        assertThat(EventType.CONFERENCE_CANCELLED.reads(3)).isFalse();
        assertThat(EventType.ARM_ASSIGNED.reads(1)).isTrue();
        assertThat(EventType.ARM_ASSIGNED.reads(0)).isFalse();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = OlderSchemaVersionTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

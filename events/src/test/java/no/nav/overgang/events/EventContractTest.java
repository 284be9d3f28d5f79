package no.nav.overgang.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import no.nav.overgang.events.InvalidEventException.Reason;

/**
 * Contract tests: every event type serialises exactly to its JSON template (src/test/resources/contract), the
 * template passes the type's schema and reads back to the same event, and docs/EVENTS.md shows that template.
 */
class EventContractTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void serialises_to_its_template(EventType type) throws Exception {
        String json = EventJson.writeString(ContractExamples.example(type));

        JSONAssert.assertEquals(type + " no longer matches its template; a change to the contract must follow "
                + "docs/EVENTS.md", template(type), json, JSONCompareMode.STRICT);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void template_reads_back_to_the_same_event(EventType type) throws Exception {
        EventEnvelope<?> read = EventJson.read(template(type));

        assertThat(read).isEqualTo(ContractExamples.example(type));
        assertThat(read.type()).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void our_own_writers_output_reads_back_without_a_second_validation_to_the_same_event(EventType type) {
        EventEnvelope<?> example = ContractExamples.example(type);

        assertThat(EventJson.readWritten(EventJson.write(example))).isEqualTo(example);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void a_record_whose_header_names_its_type_reads_back_in_one_pass_to_the_same_event(EventType type) {
        EventEnvelope<?> example = ContractExamples.example(type);

        assertThat(EventJson.readWritten(EventJson.write(example), type)).isEqualTo(example);
    }

    @Test
    void a_header_that_names_another_type_than_the_document_still_reads_the_document() {
        EventEnvelope<?> example = ContractExamples.example(EventType.ARM_ASSIGNED);

        assertThat(EventJson.readWritten(EventJson.write(example), EventType.CASE_CLARIFIED)).isEqualTo(example);
    }

    @Test
    void a_document_that_does_not_bind_is_refused_with_its_reason_even_from_our_own_writers() {
        byte[] truncated = "{\"eventId\": \"5b0c1d2e".getBytes(StandardCharsets.UTF_8);
        byte[] wrongVersion = EventJson.writeString(ContractExamples.example(EventType.ARM_ASSIGNED))
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventJson.readWritten(truncated)).isInstanceOf(InvalidEventException.class)
                .extracting(e -> ((InvalidEventException) e).reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThatThrownBy(() -> EventJson.readWritten(wrongVersion)).isInstanceOf(InvalidEventException.class)
                .extracting(e -> ((InvalidEventException) e).reason())
                .isEqualTo(Reason.UNKNOWN_EVENT_TYPE);
        assertThatThrownBy(() -> EventJson.readWritten(truncated, EventType.ARM_ASSIGNED))
                .isInstanceOf(InvalidEventException.class)
                .extracting(e -> ((InvalidEventException) e).reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThatThrownBy(() -> EventJson.readWritten(wrongVersion, EventType.ARM_ASSIGNED))
                .isInstanceOf(InvalidEventException.class)
                .extracting(e -> ((InvalidEventException) e).reason())
                .isEqualTo(Reason.UNKNOWN_EVENT_TYPE);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void catalogue_in_docs_shows_the_template(EventType type) throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "EVENTS.md"));
        String compactTemplate = EventJson.mapper().readTree(template(type)).toString();

        Set<String> compactBlocks = new HashSet<>();
        String[] afterJsonFences = docs.split("```json");
        for (int i = 1; i < afterJsonFences.length; i++) {
            String block = afterJsonFences[i];
            compactBlocks.add(EventJson.mapper().readTree(block.substring(0, block.indexOf("```"))).toString());
        }
        assertThat(compactBlocks)
                .as("docs/EVENTS.md must show the current example of %s", type.typeName())
                .contains(compactTemplate);
    }

    @Test
    void unknown_fields_are_tolerated_so_adding_an_optional_field_is_compatible() throws Exception {
        String withExtra = template(EventType.ARM_ASSIGNED)
                .replace("\"pilot\"", "\"addedInALaterMinorChange\": 42, \"pilot\"");

        assertThat(EventJson.read(withExtra)).isEqualTo(ContractExamples.example(EventType.ARM_ASSIGNED));
    }

    @Test
    void an_unknown_event_type_is_refused_with_its_reason() throws Exception {
        String unknown = template(EventType.ARM_ASSIGNED).replace("\"ArmAssigned\"", "\"ArmReassigned\"");

        assertThatThrownBy(() -> EventJson.read(unknown))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_EVENT_TYPE));
    }

    @Test
    void a_newer_schema_version_than_this_build_knows_is_refused() throws Exception {
        String newer = template(EventType.ARM_ASSIGNED).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");

        assertThatThrownBy(() -> EventJson.read(newer))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_EVENT_TYPE));
    }

    @Test
    void a_payload_that_breaks_its_schema_is_refused_naming_the_field_but_not_the_value() throws Exception {
        String badId = template(EventType.CONFERENCE_REQUESTED).replace(ContractExamples.SYNTHETIC_ID, "1234");

        assertThatThrownBy(() -> EventJson.read(badId))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SCHEMA_INVALID);
                    assertThat(e.getMessage()).contains("nationalId").doesNotContain("1234");
                });
    }

    @Test
    void truncated_json_is_malformed() {
        assertThatThrownBy(() -> EventJson.read("{\"eventId\":"))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_JSON));
    }

    @Test
    void a_derived_event_keeps_case_correlation_and_business_time_and_gets_a_repeatable_id() {
        EventEnvelope<?> milestone = ContractExamples.example(EventType.MILESTONE_RECORDED);
        EventEnvelope<?> entered = ContractExamples.example(EventType.CASE_ENTERED_COHORT);

        assertThat(entered.caseKey()).isEqualTo(milestone.caseKey());
        assertThat(entered.correlationId()).isEqualTo(milestone.eventId());
        assertThat(entered.causationId()).isEqualTo(milestone.eventId());
        assertThat(entered.occurredAt()).isEqualTo(milestone.occurredAt());
        assertThat(entered.eventId()).isEqualTo(ContractExamples.example(EventType.CASE_ENTERED_COHORT).eventId())
                .isNotEqualTo(milestone.eventId());
    }

    @Test
    void personal_data_stays_out_of_to_string() {
        assertThat(ContractExamples.example(EventType.MILESTONE_RECORDED).toString())
                .doesNotContain(ContractExamples.SYNTHETIC_ID);
        assertThat(ContractExamples.example(EventType.CONFERENCE_REQUESTED).toString())
                .doesNotContain(ContractExamples.SYNTHETIC_ID);
    }

    static String template(EventType type) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream("/contract/" + type.typeName() + ".json")) {
            assertThat(in).as("contract template for %s", type.typeName()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

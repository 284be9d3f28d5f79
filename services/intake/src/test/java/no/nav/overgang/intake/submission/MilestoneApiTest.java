package no.nav.overgang.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.intake.IntakeFixtures;
import no.nav.overgang.platform.privacy.CaseKeys;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

@ServiceTest
class MilestoneApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseKeys caseKeys;

    @Test
    void a_valid_milestone_is_published_as_a_canonical_milestone_keyed_by_the_case_key_not_the_national_id() {
        String eventId = "sp-" + UUID.randomUUID();

        var response = post(IntakeFixtures.week39(eventId, IntakeFixtures.SYNTHETIC_ID), source());

        assertThat(response.getStatusCode().value()).isEqualTo(202);
        try (TopicProbe probe = new TopicProbe()) {
            List<ConsumerRecord<String, String>> records = probe.readAll(Topics.MILESTONES.name(),
                    Duration.ofSeconds(60), all -> all.stream().anyMatch(r -> r.value().contains(eventId)));
            ConsumerRecord<String, String> record = records.stream().filter(r -> r.value().contains(eventId))
                    .findFirst().orElseThrow();
            assertThat(record.key()).isEqualTo(caseKeys.caseKey(IntakeFixtures.SYNTHETIC_ID))
                    .doesNotContain(IntakeFixtures.SYNTHETIC_ID);
            var event = EventJson.read(record.value());
            assertThat(event.payload()).isInstanceOfSatisfying(MilestoneRecorded.class,
                    m -> assertThat(m.sourceEventId()).isEqualTo(eventId));
            assertThat(event.occurredAt()).hasToString("2026-03-02T09:00:00Z");
        }
    }

    @Test
    void an_invalid_milestone_gets_400_with_a_problem_naming_the_field() {
        var response = post(IntakeFixtures.week39("sp-bad", "15436840088"), source());

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains("/nationalId").contains("check digits")
                .doesNotContain("15436840088");
    }

    @Test
    void malformed_json_gets_400_with_reason_malformed_json() {
        var response = post("{\"eventId\":\"sp-broken\",", source());

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(problem(response).get("reason").asString()).isEqualTo("MALFORMED_JSON");
        assertThat(problem(response).get("type").asString()).endsWith("/malformed-json");
    }

    @Test
    void an_unknown_field_gets_400_naming_the_field_so_a_typo_in_a_source_is_caught_at_the_door() {
        String withTypo = IntakeFixtures.week39("sp-" + UUID.randomUUID(), IntakeFixtures.SYNTHETIC_ID)
                .replace("\"office\"", "\"ofice\":\"0315\",\"office\"");

        var response = post(withTypo, source());

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(problem(response).get("reason").asString()).isEqualTo("SCHEMA_INVALID");
        assertThat(problem(response).get("problems").toString()).contains("ofice");
    }

    @Test
    void a_json_array_instead_of_an_object_gets_400_with_reason_malformed_json() {
        var response = post("[" + IntakeFixtures.week39("sp-" + UUID.randomUUID(), IntakeFixtures.SYNTHETIC_ID) + "]",
                source());

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(problem(response).get("reason").asString()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void a_body_larger_than_the_limit_gets_413_without_being_processed() {
        String huge = IntakeFixtures.week39("sp-huge", IntakeFixtures.SYNTHETIC_ID)
                .replaceFirst("\\{", "{" + " ".repeat(70_000));

        var response = post(huge, source());

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(response.getBody()).contains("PAYLOAD_TOO_LARGE");
    }

    @Test
    void without_a_token_the_api_answers_401() {
        var response = post(IntakeFixtures.week39("sp-anon", IntakeFixtures.SYNTHETIC_ID), null);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void an_evaluator_may_not_submit_milestones() {
        var response = post(IntakeFixtures.week39("sp-eval", IntakeFixtures.SYNTHETIC_ID),
                TestTokens.bearer("Z990100", List.of("evaluator"), List.of()));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void the_same_event_twice_is_one_milestone_and_other_content_under_the_same_id_is_a_conflict() {
        String eventId = "sp-" + UUID.randomUUID();

        var first = post(IntakeFixtures.week39(eventId, IntakeFixtures.SYNTHETIC_ID), source());
        var again = post(IntakeFixtures.week39(eventId, IntakeFixtures.SYNTHETIC_ID), source());
        var changed = post(IntakeFixtures.week39(eventId, IntakeFixtures.OTHER_SYNTHETIC_ID), source());

        assertThat(first.getStatusCode().value()).isEqualTo(202);
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(again.getBody()).contains("\"duplicate\":true");
        assertThat(changed.getStatusCode().value()).isEqualTo(409);
        assertThat(changed.getBody()).contains("already recorded with other content");
    }

    private org.springframework.http.ResponseEntity<String> post(String json, String bearer) {
        return RestClient.create("http://localhost:" + port).post().uri("/api/milestones")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (bearer != null) {
                        h.set(HttpHeaders.AUTHORIZATION, bearer);
                    }
                })
                .body(json)
                .exchange((request, response) -> org.springframework.http.ResponseEntity
                        .status(response.getStatusCode()).headers(response.getHeaders())
                        .body(new String(response.getBody().readAllBytes())));
    }

    private static JsonNode problem(org.springframework.http.ResponseEntity<String> response) {
        return EventJson.mapper().readTree(response.getBody());
    }

    private static String source() {
        return TestTokens.bearer("srv-sykepenger", List.of("source-system"), List.of());
    }
}

package no.nav.overgang.intake.submission;

import static no.nav.overgang.intake.IntakeFixtures.OTHER_SYNTHETIC_ID;
import static no.nav.overgang.intake.IntakeFixtures.SYNTHETIC_ID;
import static no.nav.overgang.intake.IntakeFixtures.week39;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

@ServiceTest
class MilestoneBatchApiTest {

    @LocalServerPort
    int port;

    @Test
    void the_valid_items_of_a_batch_are_recorded_and_the_invalid_ones_reported_by_index() {
        String first = "sp-" + UUID.randomUUID();
        String badId = "sp-" + UUID.randomUUID();
        String third = "sp-" + UUID.randomUUID();
        String batch = "[" + String.join(",",
                week39(first, SYNTHETIC_ID),
                week39(badId, "15436840088"),
                week39(third, OTHER_SYNTHETIC_ID),
                week39(first, SYNTHETIC_ID),
                week39(first, OTHER_SYNTHETIC_ID)) + "]";

        ResponseEntity<String> response = post("/api/milestones/batch", batch, admin());

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode result = EventJson.mapper().readTree(response.getBody());
        assertThat(result.get("recorded").asInt()).isEqualTo(2);
        assertThat(result.get("duplicate").asInt()).isEqualTo(1);
        assertThat(result.get("invalid").asInt()).isEqualTo(1);
        assertThat(result.get("conflict").asInt()).isEqualTo(1);
        JsonNode items = result.get("items");
        assertThat(items.valueStream().map(item -> item.get("index").asInt() + ":" + item.get("status").asString()))
                .containsExactly("0:RECORDED", "1:INVALID", "2:RECORDED", "3:DUPLICATE", "4:CONFLICT");
        assertThat(items.get(1).get("eventId").asString()).isEqualTo(badId);
        assertThat(items.get(1).get("problems").toString()).contains("SCHEMA_INVALID")
                .contains("/nationalId: check digits do not match").doesNotContain("15436840088");
        assertThat(items.get(4).get("problems").toString()).contains("already recorded with other content");
        try (TopicProbe probe = new TopicProbe()) {
            var milestones = probe.readAll(Topics.MILESTONES.name(), Duration.ofSeconds(60),
                    all -> all.stream().anyMatch(r -> r.value().contains(first))
                            && all.stream().anyMatch(r -> r.value().contains(third)));
            assertThat(milestones).as("milestones of the refused item").noneMatch(r -> r.value().contains(badId));
            assertThat(milestones).as("milestones of item 0, sent three times")
                    .filteredOn(r -> r.value().contains(first)).hasSize(1);
        }
    }

    @Test
    void a_batch_that_is_not_a_json_array_gets_400() {
        ResponseEntity<String> response = post("/api/milestones/batch",
                week39("sp-" + UUID.randomUUID(), SYNTHETIC_ID), admin());

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("MALFORMED_JSON").contains("must be a JSON array");
    }

    @Test
    void an_item_that_is_not_an_object_is_reported_and_its_neighbours_recorded() {
        String valid = "sp-" + UUID.randomUUID();

        ResponseEntity<String> response = post("/api/milestones/batch",
                "[42," + week39(valid, SYNTHETIC_ID) + "]", admin());

        JsonNode items = EventJson.mapper().readTree(response.getBody()).get("items");
        assertThat(items.get(0).get("status").asString()).isEqualTo("INVALID");
        assertThat(items.get(1).get("status").asString()).isEqualTo("RECORDED");
    }

    @Test
    void an_evaluator_may_not_submit_a_batch() {
        ResponseEntity<String> response = post("/api/milestones/batch", "[]",
                TestTokens.bearer("Z990100", List.of("evaluator"), List.of()));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void the_api_is_described_with_openapi_and_swagger_ui_without_a_token() {
        ResponseEntity<String> docs = get("/v3/api-docs");
        ResponseEntity<String> ui = get("/swagger-ui/index.html");

        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(docs.getBody()).contains("/api/milestones/batch").contains("/api/milestones")
                .contains("MilestoneSubmission").contains("bearer");
        assertThat(ui.getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> get(String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(new String(response.getBody().readAllBytes())));
    }

    private ResponseEntity<String> post(String path, String json, String bearer) {
        return RestClient.create("http://localhost:" + port).post().uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .body(json)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders()).body(new String(response.getBody().readAllBytes())));
    }

    private static String admin() {
        return TestTokens.bearer("Z990050", List.of("pilot-admin"), List.of());
    }
}

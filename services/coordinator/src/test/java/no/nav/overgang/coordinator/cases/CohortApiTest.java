package no.nav.overgang.coordinator.cases;

import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static no.nav.overgang.coordinator.CaseEvents.week39Notice;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;

@ServiceTest
class CohortApiTest {

    private static final String PERSON = "31125940040";

    @LocalServerPort
    int port;

    @Test
    void a_pilot_administrator_sees_the_case_in_the_cohort_with_its_explanation_but_no_national_id() {
        String caseKey = newCaseKey();
        try (TopicProbe probe = new TopicProbe()) {
            probe.send(Topics.MILESTONES.name(), caseKey, EventJson.writeString(week39Notice(caseKey, PERSON)));
            probe.readAll(Topics.CASES.name(), Duration.ofSeconds(30),
                    records -> records.stream().anyMatch(r -> caseKey.equals(r.key())));
        }

        var response = cohort(TestTokens.bearer("Z990200", List.of("pilot-admin"), List.of()));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"caseKey\":\"" + caseKey + "\"")
                .contains("entered because: week-39 notice on 2026-03-02")
                .contains("\"ruleId\":\"sykepenger-week39\"")
                .doesNotContain(PERSON)
                .doesNotContain("nationalId")
                .doesNotContainPattern("\"\\d{11}\"");
    }

    @Test
    void an_evaluator_may_not_see_the_cohort() {
        var response = cohort(TestTokens.bearer("Z990300", List.of("evaluator"), List.of()));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    private ResponseEntity<String> cohort(String bearer) {
        return RestClient.create("http://localhost:" + port).get().uri("/api/cohort")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(new String(response.getBody().readAllBytes())));
    }
}

package no.nav.overgang.coordinator.cases;

import no.nav.overgang.coordinator.SourceWatermarks;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static no.nav.overgang.coordinator.CaseEvents.week39Notice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;

@ServiceTest
class CohortApiTest {

    private static final String PERSON = "31525940023";

    @LocalServerPort
    int port;

    @Autowired
    CaseRepository cases;

    @Autowired
    AuditLog audit;

    @Test
    void a_pilot_administrator_sees_the_case_in_the_cohort_with_its_explanation_but_no_national_id() {
        String caseKey = newCaseKey();
        try (TopicProbe probe = new TopicProbe()) {
            SourceWatermarks.publish(probe, week39Notice(caseKey, PERSON));
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
    void a_case_timeline_shows_every_explanation_and_its_reading_is_audit_logged() {
        String caseKey = newCaseKey();
        try (TopicProbe probe = new TopicProbe()) {
            SourceWatermarks.publish(probe, week39Notice(caseKey, PERSON));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.inCohort(caseKey));

        var response = get("/api/cases/" + caseKey, TestTokens.bearer("Z990200", List.of("pilot-admin"), List.of()));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"step\":\"ENTERED\"").contains("\"step\":\"ARM_ASSIGNED\"")
                .contains("entered because: week-39 notice on 2026-03-02")
                .contains("\"milestone\":\"WEEK_39_NOTICE\"")
                .doesNotContain(PERSON)
                .doesNotContainPattern("\"\\d{11}\"");
        assertThat(audit.forCase(caseKey)).singleElement().satisfies(record -> {
            assertThat(record.navIdent()).isEqualTo("Z990200");
            assertThat(record.action()).isEqualTo("read case timeline");
            assertThat(record.decision()).isEqualTo(AuditEntry.Decision.PERMIT);
        });
    }

    @Test
    void the_balance_report_counts_arms_per_stratum_with_a_chi_square_test() {
        String caseKey = newCaseKey();
        try (TopicProbe probe = new TopicProbe()) {
            SourceWatermarks.publish(probe, week39Notice(caseKey, PERSON));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.inCohort(caseKey));

        var response = get("/api/balance", TestTokens.bearer("Z990200", List.of("pilot-admin"), List.of()));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"method\":\"keyed-hash\"").contains("\"perArm\"")
                .contains("\"stratum\":\"SYKEPENGER|0315\"")
                .doesNotContain("caseKey");
    }

    @Test
    void the_configuration_shows_rules_arms_and_method_but_never_the_salt() {
        var response = get("/api/configuration", TestTokens.bearer("Z990200", List.of("pilot-admin"), List.of()));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"version\":2").contains("\"sicknessBenefitDaysLeft\":65")
                .contains("\"id\":\"pilot-unit\"").contains("\"randomisationMethod\":\"keyed-hash\"")
                .contains("\"conferenceDeadlineWorkingDays\":10")
                .doesNotContain("test-salt-not-for-production").doesNotContainIgnoringCase("salt");
    }

    @Test
    void an_evaluator_may_see_neither_a_case_nor_the_balance_report() {
        String evaluator = TestTokens.bearer("Z990300", List.of("evaluator"), List.of());

        assertThat(get("/api/cases/" + newCaseKey(), evaluator).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/balance", evaluator).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void an_evaluator_may_not_see_the_cohort() {
        var response = cohort(TestTokens.bearer("Z990300", List.of("evaluator"), List.of()));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    private ResponseEntity<String> cohort(String bearer) {
        return get("/api/cohort", bearer);
    }

    private ResponseEntity<String> get(String path, String bearer) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(new String(response.getBody().readAllBytes())));
    }
}

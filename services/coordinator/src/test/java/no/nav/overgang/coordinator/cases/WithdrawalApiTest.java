package no.nav.overgang.coordinator.cases;

import static no.nav.overgang.coordinator.CaseEvents.eventsOf;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import no.nav.overgang.coordinator.CaseFixture;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.CaseCensored;
import no.nav.overgang.events.payload.CensoringReason;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;

/** {@code POST /api/cases/{caseKey}/withdrawal}: a pilot administrator censors an open case as withdrawn. */
@ServiceTest
class WithdrawalApiTest {

    private static final String PERSON = "31525940023";
    private static final String ADMIN = TestTokens.bearer("Z990200", List.of("pilot-admin"), List.of());

    @LocalServerPort
    int port;

    @Autowired
    CaseRepository cases;

    @Autowired
    AuditLog audit;

    @RegisterExtension
    final CaseFixture coordinator = new CaseFixture();

    @Test
    void a_pilot_administrator_withdraws_an_open_case_which_is_censored_announced_and_audit_logged() {
        String caseKey = coordinator.aCaseInTheCohort(PERSON);

        var response = post(caseKey, "{\"reason\":\"PERSON_DECLINED\",\"note\":\"Ringte og ba om det\"}", ADMIN);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"state\":\"CENSORED\"").contains("\"ruleId\":\"censored-withdrawn\"");
        PilotCase withdrawn = cases.find(caseKey).orElseThrow();
        assertThat(withdrawn.state()).isEqualTo(CaseState.CENSORED);
        assertThat(withdrawn.end().kind()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.end().explanation()).startsWith("censored because: withdrawn from follow-up by a pilot "
                + "administrator on ").endsWith("(the person declined follow-up)");
        assertThat(cases.timeline(caseKey)).filteredOn(e -> e.step().equals("WITHDRAWAL_NOTE")).singleElement()
                .satisfies(e -> assertThat(e.explanation()).isEqualTo("Ringte og ba om det"));

        var records = coordinator.probe().readAll(Topics.CASES.name(), Duration.ofSeconds(30),
                rs -> eventsOf(caseKey, rs).stream().anyMatch(e -> e.payload() instanceof CaseCensored));
        assertThat(eventsOf(caseKey, records)).filteredOn(e -> e.payload() instanceof CaseCensored).singleElement()
                .satisfies(e -> {
                    CaseCensored censored = (CaseCensored) e.payload();
                    assertThat(censored.reason()).isEqualTo(CensoringReason.WITHDRAWN);
                    assertThat(censored.facts()).containsEntry("reason", "PERSON_DECLINED");
                    assertThat(EventJson.writeString(e)).as("the note stays in the coordinator")
                            .doesNotContain("Ringte");
                });
        assertThat(audit.forCase(caseKey)).extracting(AuditRecord::action).contains("withdraw case from follow-up");
    }

    @Test
    void a_case_that_has_ended_cannot_be_withdrawn_again() {
        String caseKey = coordinator.aCaseInTheCohort(PERSON);
        post(caseKey, "{\"reason\":\"OTHER\"}", ADMIN);

        var again = post(caseKey, "{\"reason\":\"OTHER\"}", ADMIN);

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(again.getBody()).contains("the case has already ended (CENSORED, WITHDRAWN");
    }

    @Test
    void a_withdrawal_without_a_known_reason_is_refused_with_problem_details_and_changes_nothing() {
        String caseKey = coordinator.aCaseInTheCohort(PERSON);

        var missing = post(caseKey, "{\"note\":\"no reason\"}", ADMIN);
        var unknown = post(caseKey, "{\"reason\":\"BORED\"}", ADMIN);

        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.getBody()).contains("/reason: ");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(cases.find(caseKey).orElseThrow().state().ended()).isFalse();
    }

    @Test
    void only_a_pilot_administrator_may_withdraw_and_an_unknown_case_is_not_found() {
        String caseKey = coordinator.aCaseInTheCohort(PERSON);
        String evaluator = TestTokens.bearer("Z990300", List.of("evaluator"), List.of());

        assertThat(post(caseKey, "{\"reason\":\"OTHER\"}", evaluator).getStatusCode().value()).isEqualTo(403);
        assertThat(post(newCaseKey(), "{\"reason\":\"OTHER\"}", ADMIN).getStatusCode().value()).isEqualTo(404);
        assertThat(cases.find(caseKey).orElseThrow().state().ended()).isFalse();
    }

    private ResponseEntity<String> post(String caseKey, String body, String bearer) {
        return RestClient.create("http://localhost:" + port).post().uri("/api/cases/{caseKey}/withdrawal", caseKey)
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders()).body(new String(response.getBody().readAllBytes())));
    }
}

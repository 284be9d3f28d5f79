package no.nav.overgang.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.metrics.survival.AmlCsv;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/analysis/survival} on the running metrics service. The statistics themselves are checked
 * against R in {@code no.nav.overgang.metrics.survival}; here: the JSON shape of issue 6, the roles and the errors.
 */
@ServiceTest
class SurvivalAnalysisApiTest {

    private static final String EVALUATOR = TestTokens.bearer("Z990611", List.of("evaluator"), List.of());
    private static final String STATISTICIAN = TestTokens.bearer("Z990612", List.of("statistician"), List.of());

    /** R's aml data (survival package): "Maintained" comes first, so it is the reference group. */
    private static final String AML = AmlCsv.CSV;

    @LocalServerPort
    int port;

    @Test
    void an_evaluator_gets_curves_medians_log_rank_cox_and_restricted_means_of_a_csv() {
        ResponseEntity<String> response = analyse(EVALUATOR, "?tau=40", AML);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode report = EventJson.mapper().readTree(response.getBody());
        JsonNode maintained = report.get("groups").get(0);
        assertThat(maintained.get("group").asString()).isEqualTo("Maintained");
        assertThat(maintained.get("n").asInt()).isEqualTo(11);
        assertThat(maintained.get("events").asInt()).isEqualTo(7);
        assertThat(maintained.get("median").asDouble()).isEqualTo(31);
        assertThat(maintained.get("medianLower").asDouble()).isEqualTo(18);
        assertThat(maintained.has("medianUpper")).as("a limit not reached is null, not left out").isTrue();
        assertThat(maintained.get("medianUpper").isNull()).isTrue();
        JsonNode first = maintained.get("curve").get(0);
        assertThat(first.propertyNames()).containsExactly("time", "atRisk", "events", "survival", "stdErr", "lower",
                "upper");
        assertThat(first.get("time").asDouble()).isEqualTo(9);
        assertThat(first.get("atRisk").asInt()).isEqualTo(11);
        assertThat(first.get("stdErr").asDouble()).isCloseTo(0.0867, within(5e-5));
        assertThat(first.get("lower").asDouble()).isCloseTo(0.7541, within(5e-5));

        assertThat(report.get("logrank").get("chiSquare").asDouble()).isCloseTo(3.3964, within(5e-5));
        assertThat(report.get("logrank").get("df").asInt()).isEqualTo(1);
        assertThat(report.get("logrank").get("p").asDouble()).isCloseTo(0.0653, within(5e-5));
        assertThat(report.get("stratifiedLogrank").isNull()).as("no strata given").isTrue();

        JsonNode cox = report.get("cox");
        assertThat(cox.get("coef").asDouble()).isCloseTo(0.9155, within(5e-5));
        assertThat(cox.get("hazardRatio").asDouble()).isCloseTo(2.4981, within(5e-5));
        assertThat(cox.get("stdErr").asDouble()).isCloseTo(0.5119, within(5e-5));
        assertThat(cox.propertyNames()).contains("lower", "upper", "likelihoodRatio", "wald", "score");

        JsonNode rmst = report.get("rmst");
        assertThat(rmst.get("groups").get(1).get("group").asString()).isEqualTo("Nonmaintained");
        assertThat(rmst.get("difference").asDouble()).isCloseTo(
                rmst.get("groups").get(1).get("rmst").asDouble() - rmst.get("groups").get(0).get("rmst").asDouble(),
                within(1e-9));
        assertThat(rmst.get("differenceStdErr").asDouble()).isPositive();
    }

    @Test
    void a_statistician_gets_the_stratified_log_rank_test_when_the_csv_has_strata() {
        String csv = """
                stratum,group,time,event
                SYKEPENGER,control,30,1
                SYKEPENGER,control,45,0
                SYKEPENGER,pilot,20,1
                SYKEPENGER,pilot,25,1
                AAP,control,60,1
                AAP,control,90,1
                AAP,pilot,40,1
                AAP,pilot,70,0
                """;

        ResponseEntity<String> response = analyse(STATISTICIAN, "", csv);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode report = EventJson.mapper().readTree(response.getBody());
        assertThat(report.get("stratifiedLogrank").get("df").asInt()).isEqualTo(1);
        assertThat(report.get("stratifiedLogrank").get("chiSquare").asDouble()).isPositive();
        assertThat(report.get("rmst").isNull()).as("no tau given").isTrue();
    }

    @Test
    void invalid_csv_is_refused_with_a_problem_naming_each_line_and_what_is_wrong() {
        String csv = """
                group,time,event
                pilot,12,1
                pilot,twelve,1
                control,15,2
                control,15
                """;

        ResponseEntity<String> response = analyse(EVALUATOR, "", csv);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = EventJson.mapper().readTree(response.getBody());
        assertThat(problem.get("detail").asString()).contains("line 3");
        assertThat(problem.get("problems").valueStream().map(JsonNode::asString)).containsExactly(
                "line 3: time is not a number",
                "line 4: event must be 1 (clarified) or 0 (censored)",
                "line 5: expected 3 fields, found 2");
        assertThat(response.getBody()).as("values are never echoed").doesNotContain("twelve");
    }

    @Test
    void a_header_without_the_event_column_is_refused() {
        ResponseEntity<String> response = analyse(EVALUATOR, "", "group,time\npilot,3\n");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("line 1: the header has no column event");
    }

    @Test
    void tau_beyond_the_shortest_follow_up_is_refused() {
        ResponseEntity<String> response = analyse(EVALUATOR, "?tau=1000", AML);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("tau must be more than 0 and at most 45");
    }

    @Test
    void a_nav_office_adviser_may_not_run_the_analysis() {
        var adviser = TestTokens.bearer("Z990613", List.of("nav-office-adviser"), List.of("0315"));

        assertThat(analyse(adviser, "", AML).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void json_instead_of_csv_is_refused_as_an_unsupported_media_type() {
        ResponseEntity<String> response = RestClient.create("http://localhost:" + port).post()
                .uri("/api/analysis/survival").header(HttpHeaders.AUTHORIZATION, EVALUATOR)
                .contentType(MediaType.APPLICATION_JSON).body("{}")
                .exchange((request, r) -> ResponseEntity.status(r.getStatusCode())
                        .body(new String(r.getBody().readAllBytes())));

        assertThat(response.getStatusCode().value()).isEqualTo(415);
    }

    private ResponseEntity<String> analyse(String bearer, String query, String csv) {
        return RestClient.create("http://localhost:" + port).post().uri("/api/analysis/survival" + query)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(csv)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders())
                        .body(new String(response.getBody().readAllBytes())));
    }
}

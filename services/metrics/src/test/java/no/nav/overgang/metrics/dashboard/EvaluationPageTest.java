package no.nav.overgang.metrics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import no.nav.overgang.metrics.dataset.AnalysisCases;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;

/** The evaluators' page and its CSV export over HTTP: who may read them, what they show, what they hide. */
@ServiceTest
class EvaluationPageTest {

    private static final String EVALUATOR = TestTokens.bearer("Z990701", List.of("evaluator"), List.of());

    @LocalServerPort
    int port;

    @Autowired
    AnalysisCases cases;

    @Test
    void evaluators_see_the_curves_the_numbers_at_risk_and_the_key_numbers_without_any_case_key() {
        List<String> keys = DashboardCases.write(cases, "5601", 400, 11);
        String path = "/sider/evaluering?per=" + DashboardCases.AS_OF + "&kontorgruppe=56";

        String page = await().atMost(Duration.ofSeconds(30)).until(() -> get(path, EVALUATOR).body(),
                body -> body.contains("sammenligning-alle-kurve") && casesPerArm(body) == 400);
        // tests share the database: the office group keeps other tests' cases out of these numbers

        assertThat(page).contains("Tid til avklaring: pilot mot kontroll")
                .contains("class=\"kurvelinje\"").contains("class=\"konfidensband\"")
                .contains("id=\"sammenligning-alle-risiko\"").contains("id=\"sammenligning-alle-tester\"")
                .contains("Hasardratio").contains("Log-rank-test stratifisert på ytelse")
                .contains("Kontroll mot pilot-office").contains("Vedtak om uføretrygd")
                .contains("id=\"prosess\"").contains("Prosessindikatorer");
        assertThat(page).contains("id=\"balanse-ytelse\"").contains("id=\"balanse-kontorgruppe\"")
                .contains("id=\"balanse-aldersgruppe\"").contains("Er armene like?")
                .contains("id=\"balanse-ytelse-test\"").contains("frihetsgrad").contains("60 og over");
        assertThat(keys).allSatisfy(key -> assertThat(page).doesNotContain(key));

        String oneBand = get(path + "&alder=FROM_40_TO_49", EVALUATOR).body();
        assertThat(casesPerArm(oneBand)).as("only the cases aged 40–49 at entry").isPositive().isLessThan(400);
        assertThat(oneBand).containsPattern("<option value=\"FROM_40_TO_49\"\\s+selected=\"selected\">40–49</option>");
    }

    @Test
    void the_export_has_the_aggregates_only_with_the_same_small_cell_rule() {
        List<String> keys = DashboardCases.write(cases, "5701", 300, 12);
        DashboardCases.write(cases, "5801", 12, 13);
        String csvPath = "/sider/evaluering/eksport.csv?per=" + DashboardCases.AS_OF + "&kontorgruppe=";

        String csv = await().atMost(Duration.ofSeconds(30)).until(() -> get(csvPath + "57", EVALUATOR).body(),
                body -> body.contains("km,sammenligning-alle"));
        String few = await().atMost(Duration.ofSeconds(30)).until(() -> get(csvPath + "58", EVALUATOR).body(),
                body -> body.contains(",<5,"));

        assertThat(csv.lines().findFirst()).hasValue(DashboardCsv.HEADER);
        assertThat(csv.lines().filter(line -> line.startsWith("km,"))).allSatisfy(line ->
                assertThat(Integer.parseInt(line.split(",")[4])).isGreaterThanOrEqualTo(5));
        assertThat(csv).contains("hazard_ratio,sammenligning-alle").contains("cumulative_incidence:DECISION");
        assertThat(keys).allSatisfy(key -> assertThat(csv).doesNotContain(key));
        assertThat(csv).contains("balance,age_band,control,FROM_40_TO_49,").contains("balance_p,source_benefit,");
        assertThat(few).contains("balance_not_computed,").contains("balance,source_benefit,control,");
        assertThat(few).contains("not_shown,sammenligning-alle").contains("distribution,").doesNotContain("km,")
                .doesNotContain("median");
    }

    @Test
    void evaluators_statisticians_and_pilot_administrators_may_read_the_page_and_no_one_else() {
        for (String role : List.of("evaluator", "statistician", "pilot-admin")) {
            assertThat(get("/sider/evaluering", TestTokens.bearer("Z990702", List.of(role), List.of())).status())
                    .as(role).isEqualTo(200);
        }
        for (String role : List.of("nav-office-adviser", "benefits-caseworker", "medical-adviser", "auditor")) {
            String token = TestTokens.bearer("Z990703", List.of(role), List.of("0315"));
            assertThat(get("/sider/evaluering", token).status()).as(role).isEqualTo(403);
            assertThat(get("/sider/evaluering/eksport.csv", token).status()).as(role).isEqualTo(403);
        }
    }

    /** The sum of the totals column of the table of cases per arm. */
    private static int casesPerArm(String page) {
        int start = page.indexOf("id=\"fordeling\"");
        String table = page.substring(start, page.indexOf("</table>", start));
        return Pattern.compile("<td class=\"aksel-table__data-cell\">(\\d+)</td>\\s*</tr>").matcher(table).results()
                .mapToInt(match -> Integer.parseInt(match.group(1))).sum();
    }

    private Response get(String path, String bearer) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .header(HttpHeaders.COOKIE, "overgang-token=" + bearer.substring("Bearer ".length()))
                .accept(MediaType.TEXT_HTML, MediaType.parseMediaType("text/csv"))
                .exchange((request, response) -> new Response(response.getStatusCode().value(),
                        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private record Response(int status, String body) {
    }
}

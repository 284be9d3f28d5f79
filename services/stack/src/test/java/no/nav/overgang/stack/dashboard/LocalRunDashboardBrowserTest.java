package no.nav.overgang.stack.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import no.nav.overgang.stack.ServiceKind;
import no.nav.overgang.stack.TestStack;
import no.nav.overgang.stack.demo.DemoSeed;
import no.nav.overgang.testkit.HeadlessChromium;
import no.nav.overgang.testkit.Infrastructure;
import no.nav.overgang.testkit.TestTokens;

/**
 * The evaluators' dashboard in a real headless Chromium with the data of the local run: the five services as
 * {@code ./run} starts them ({@link TestStack}, the same {@code OvergangStack}), seeded by the local run's own path
 * ({@link DemoSeed}: the simulator's synthetic histories in the source systems' formats, through intake and
 * coordinator to metrics). The Kaplan–Meier plot must have a curve per arm with real steps, numbers at risk and
 * the balance table.
 */
class LocalRunDashboardBrowserTest {

    /** As many persons as the local run seeds by default: enough for every arm to pass the 20-case minimum. */
    private static final int PERSONS = 150;
    private static final Set<String> DEMO_OFFICES = Set.of("0315", "0312", "1201");
    private static final String EVALUATOR = TestTokens.bearer("Z990711", List.of("evaluator"), List.of());
    private static final String STATISTICIAN = TestTokens.bearer("Z990621", List.of("statistician"), List.of());

    private static HeadlessChromium chromium;

    @BeforeAll
    static void startTheStackAndSeedTheDemoPilot() throws Exception {
        TestStack.shared();
        int published = DemoSeed.publish(Infrastructure.shared().kafkaBootstrapServers(), PERSONS);
        assertThat(published).as("source events published by the demo seed").isPositive();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void an_evaluator_sees_a_curve_per_arm_the_numbers_at_risk_and_the_balance_table_of_the_demo_pilot()
            throws Exception {
        Set<String> inMetrics = awaitMetricsHasTheCohortOfTheDemoOffices();
        assertThat(inMetrics).as("demo cases in the analysis dataset").hasSizeGreaterThan(60);

        chromium = new HeadlessChromium(TestStack.shared().baseUrl(ServiceKind.METRICS)).loggedInAs(EVALUATOR);
        // the dashboard reloads its snapshot in the background when the dataset's version changes
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> chromium
                .open("/sider/evaluering").findElements(By.cssSelector("#sammenligning-alle-kurve path.kurvelinje"))
                .size() == 2);

        Set<String> curvesOf = new HashSet<>();
        for (WebElement plot : chromium.browser().findElements(By.cssSelector("svg.kurve[id$='-kurve']"))) {
            List<WebElement> curves = plot.findElements(By.cssSelector("path.kurvelinje"));
            assertThat(curves).as("control and one pilot group in %s", plot.getAttribute("id")).hasSize(2);
            for (WebElement curve : curves) {
                String d = curve.getAttribute("d");
                assertThat(d).startsWith("M");
                assertThat(d.chars().filter(c -> c == 'V').count()).as("steps of %s", curve.getAttribute("data-serie"))
                        .isGreaterThanOrEqualTo(3);
                assertThat(curve.getRect().getWidth()).as("drawn across the plot").isGreaterThan(100);
                curvesOf.add(curve.getAttribute("data-serie"));
            }
            assertThat(plot.findElements(By.cssSelector("path.konfidensband"))).hasSize(2);
        }
        assertThat(curvesOf).as("a curve per arm").contains("Kontroll", "pilot-office", "pilot-unit");

        WebElement atRisk = chromium.until(By.id("sammenligning-alle-risiko"));
        List<WebElement> rows = atRisk.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        for (WebElement row : rows) {
            List<WebElement> counts = row.findElements(By.tagName("td"));
            assertThat(counts).hasSizeGreaterThanOrEqualTo(2);
            assertThat(Integer.parseInt(counts.getFirst().getText())).as("at risk on day 0")
                    .isGreaterThanOrEqualTo(20);
        }

        WebElement balance = chromium.until(By.id("balanse"));
        assertThat(balance.findElement(By.tagName("h2")).getText()).contains("balansetabell");
        WebElement bySource = chromium.until(By.id("balanse-ytelse"));
        assertThat(bySource.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .anyMatch(h -> h.startsWith("control")).anyMatch(h -> h.startsWith("pilot-office"));
        assertThat(bySource.getText()).contains("SYKEPENGER");
        assertThat(chromium.text(By.id("balanse-ytelse-test"))).containsAnyOf("kji-kvadrat", "Ikke beregnet");
        assertThat(chromium.until(By.id("balanse-aldersgruppe")).isDisplayed()).isTrue();
    }

    /**
     * Waits until the coordinator's cohort of the demo offices has stopped growing and every case of it is in
     * metrics' analysis dataset, with as many ended cases as the coordinator has; returns metrics' case keys.
     */
    private static Set<String> awaitMetricsHasTheCohortOfTheDemoOffices() {
        AtomicInteger lastCohortSize = new AtomicInteger(-1);
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            List<Map<String, Object>> cohort = TestStack.getList(ServiceKind.COORDINATOR, TestStack.admin(),
                    "/api/cohort?limit=1000").stream().filter(row -> DEMO_OFFICES.contains(row.get("office")))
                    .toList();
            boolean settled = cohort.size() == lastCohortSize.getAndSet(cohort.size());
            Map<String, String> dataset = datasetEnds();
            long endedInCohort = cohort.stream().filter(row -> row.get("ended") != null).count();
            long endedInMetrics = cohort.stream().map(row -> dataset.get((String) row.get("caseKey")))
                    .filter(end -> end != null && !end.equals("OPEN_AT_ANALYSIS_DATE")).count();
            boolean all = cohort.stream().allMatch(row -> dataset.containsKey((String) row.get("caseKey")));
            return settled && !cohort.isEmpty() && all && endedInMetrics == endedInCohort
                    ? cohort.stream().map(row -> (String) row.get("caseKey")).collect(Collectors.toSet()) : null;
        }, keys -> keys != null);
    }

    /** Metrics' analysis dataset as of today: case key → end detail. */
    private static Map<String, String> datasetEnds() {
        String csv = TestStack.client(ServiceKind.METRICS, STATISTICIAN).get()
                .uri("/api/analysis/dataset?asOf={day}", LocalDate.now(ZoneId.of("Europe/Oslo")))
                .retrieve().body(String.class);
        List<String> header = Arrays.asList(csv.lines().findFirst().orElseThrow().split(","));
        int key = header.indexOf("case");
        int detail = header.indexOf("end_detail");
        return csv.lines().skip(1).map(line -> line.split(",", -1))
                .collect(Collectors.toMap(fields -> fields[key], fields -> fields[detail]));
    }
}

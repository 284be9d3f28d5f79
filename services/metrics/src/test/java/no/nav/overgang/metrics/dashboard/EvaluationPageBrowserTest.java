package no.nav.overgang.metrics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import no.nav.overgang.metrics.dataset.AnalysisCases;
import no.nav.overgang.testkit.HeadlessChromium;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;

/** The evaluators' page in a real headless Chromium: the curves render, the tables are there, a filter works. */
@ServiceTest
class EvaluationPageBrowserTest {

    @Autowired
    AnalysisCases cases;

    @Test
    void an_evaluator_sees_the_kaplan_meier_curves_and_the_tables_and_narrows_them_to_one_benefit(
            HeadlessChromium browser) {
        DashboardCases.write(cases, "5501", 400, 21);
        var page = browser.loggedInAs(TestTokens.bearer("Z990711", List.of("evaluator"), List.of()));
        String path = "/sider/evaluering?per=" + DashboardCases.AS_OF + "&kontorgruppe=55";
        await().atMost(Duration.ofSeconds(30)).until(() -> page.open(path).getPageSource().contains(
                "sammenligning-alle-kurve"));

        assertThat(page.text(By.tagName("h1"))).isEqualTo("Tid til avklaring: pilot mot kontroll");
        WebElement plot = page.until(By.id("sammenligning-alle-kurve"));
        assertThat(plot.getAttribute("role")).isEqualTo("img");
        List<WebElement> curves = plot.findElements(By.cssSelector("path.kurvelinje"));
        assertThat(curves).hasSize(2).allSatisfy(curve -> {
            assertThat(curve.getAttribute("d")).startsWith("M").contains("H").contains("V");
            assertThat(curve.getRect().getWidth()).as("drawn across the plot").isGreaterThan(100);
        });
        assertThat(plot.findElements(By.cssSelector("path.konfidensband"))).hasSize(2);
        assertThat(page.text(By.id("sammenligning-alle-risiko"))).contains("Kontroll").contains("Pilot (alle)");
        assertThat(page.text(By.id("sammenligning-alle-grupper"))).contains("Median tid til avklaring");
        assertThat(page.text(By.id("sammenligning-alle-tester"))).contains("Hasardratio").contains("Log-rank-test");
        int allCases = totalCases(page);

        new Select(page.until(By.id("ytelse"))).selectByValue("AAP");
        page.until(By.cssSelector("#filter button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(20)).until(() -> page.browser().getCurrentUrl().contains("ytelse=AAP"));
        assertThat(new Select(page.until(By.id("ytelse"))).getFirstSelectedOption().getText()).isEqualTo("AAP");
        assertThat(new Select(page.until(By.id("kontorgruppe"))).getFirstSelectedOption().getText()).isEqualTo("55xx");
        assertThat(totalCases(page)).as("only the AAP cases").isLessThan(allCases).isGreaterThan(0);
        assertThat(page.until(By.id("sammenligning-alle")).findElements(By.cssSelector("path.kurvelinje")))
                .hasSize(2);
    }

    /** The sum of the totals column of the table of cases per arm. */
    private static int totalCases(HeadlessChromium page) {
        return page.until(By.id("fordeling")).findElements(By.cssSelector("tbody tr td:last-child")).stream()
                .map(WebElement::getText).filter(text -> text.matches("\\d+")).mapToInt(Integer::parseInt).sum();
    }
}

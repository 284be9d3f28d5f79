package no.nav.overgang.coordinator.pages;

import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import no.nav.overgang.coordinator.CaseFixture;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.testkit.HeadlessChromium;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;

/** The pilot administrator's pages, driven in a real headless Chromium. */
@ServiceTest
class AdminPagesBrowserTest {

    private static final String PERSON = "31525940023";
    private static final String ADMIN = TestTokens.bearer("Z990200", List.of("pilot-admin"), List.of());

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @RegisterExtension
    final CaseFixture coordinator = new CaseFixture();

    @Test
    void a_pilot_administrator_follows_a_case_from_the_cohort_to_its_timeline_and_sees_the_explanation(
            HeadlessChromium browser) {
        String caseKey = coordinator.aCaseInTheCohort(PERSON);
        var page = browser.loggedInAs(ADMIN);

        page.open("/sider/kohort");
        assertThat(page.text(By.tagName("h1"))).isEqualTo("Kohorten");
        assertThat(page.browser().getPageSource()).doesNotContain(PERSON);
        page.until(By.id("kohort")).findElement(By.linkText("Sak " + caseKey.substring(0, 8))).click();

        assertThat(page.text(By.id("saksnokkel"))).isEqualTo(caseKey);
        assertThat(page.text(By.id("tidslinje"))).contains("ENTERED").contains("ARM_ASSIGNED")
                .contains("entered because: week-39 notice on 2026-03-02");
        assertThat(page.browser().getPageSource()).doesNotContain(PERSON);
        assertThat(audit.forCase(caseKey)).singleElement().satisfies(record -> {
            assertThat(record.navIdent()).isEqualTo("Z990200");
            assertThat(record.action()).isEqualTo("read case timeline");
            assertThat(record.resource()).isEqualTo("GET /sider/saker/" + caseKey);
        });
    }

    @Test
    void a_pilot_administrator_withdraws_a_case_from_its_page(HeadlessChromium browser) {
        String caseKey = coordinator.aCaseInTheCohort(PERSON);
        var page = browser.loggedInAs(ADMIN);
        page.open("/sider/saker/" + caseKey);

        new Select(page.until(By.id("arsak"))).selectByValue("ENTERED_IN_ERROR");
        page.browser().findElement(By.id("merknad")).sendKeys("Feil milepæl fra kilden");
        page.browser().findElement(By.id("ta-ut")).click();

        await().atMost(Duration.ofSeconds(10)).until(() -> page.text(By.id("tilstand")).equals("CENSORED"));
        assertThat(page.text(By.id("tidslinje"))).contains("WITHDRAWAL_NOTE").contains("Feil milepæl fra kilden")
                .contains("withdrawn from follow-up by a pilot administrator");
        assertThat(page.browser().findElements(By.id("uttrekk-skjema"))).as("no form for an ended case").isEmpty();
        assertThat(audit.forCase(caseKey)).extracting(AuditRecord::action).contains("withdraw case from follow-up");
    }

    @Test
    void a_withdrawal_posted_without_the_pages_csrf_token_is_refused() {
        String caseKey = newCaseKey();
        var response = RestClient.create("http://localhost:" + port).post().uri("/sider/saker/{key}/uttrekk", caseKey)
                .header(HttpHeaders.COOKIE, "overgang-token=" + ADMIN.substring("Bearer ".length()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("reason=OTHER")
                .exchange((request, r) -> r.getStatusCode().value());

        assertThat(response).isEqualTo(403);
        assertThat(audit.forCase(caseKey)).isEmpty();
    }

    @Test
    void the_balance_and_configuration_pages_show_the_report_and_never_the_salt() {
        String caseKey = coordinator.aCaseInTheCohort(PERSON);

        String[] balance = page("/sider/balanse", ADMIN);
        assertThat(balance[0]).isEqualTo("200");
        assertThat(balance[1]).contains("Balanse mellom armene").contains("SYKEPENGER|0315").contains("p-verdi")
                .doesNotContain(caseKey);

        String[] configuration = page("/sider/konfigurasjon", ADMIN);
        assertThat(configuration[0]).isEqualTo("200");
        assertThat(configuration[1]).contains("id=\"regelversjon\">2<").contains("pilot-unit").contains("keyed-hash")
                .doesNotContain("test-salt-not-for-production");
    }

    @Test
    void a_user_who_is_not_a_pilot_administrator_is_refused_the_pages() {
        String caseKey = newCaseKey();
        String evaluator = TestTokens.bearer("Z990300", List.of("evaluator"), List.of());

        for (String path : List.of("/sider/kohort", "/sider/saker/" + caseKey, "/sider/balanse", "/sider/konfigurasjon")) {
            assertThat(page(path, evaluator)[0]).as(path).isEqualTo("403");
        }
        assertThat(audit.forCase(caseKey)).extracting(AuditRecord::action).doesNotContain("read case timeline");
    }

    /** The page as a browser with the login cookie would get it: status and body. */
    private String[] page(String path, String bearer) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .header(HttpHeaders.COOKIE, "overgang-token=" + bearer.substring("Bearer ".length()))
                .accept(MediaType.TEXT_HTML)
                .exchange((request, response) -> new String[] {String.valueOf(response.getStatusCode().value()),
                        new String(response.getBody().readAllBytes())});
    }
}

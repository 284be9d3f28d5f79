package no.nav.overgang.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import no.nav.overgang.stack.entry.EntryApplication;
import no.nav.overgang.stack.entry.EntrySettings;
import no.nav.overgang.testkit.HeadlessChromium;
import no.nav.overgang.testkit.Infrastructure;

/** The entry page in a real headless Chromium: log in as a demo user and reach that user's pages with the cookie. */
class EntryPageBrowserTest {

    private static ConfigurableApplicationContext entry;
    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static String entryUrl;

    @BeforeAll
    static void start() throws Exception {
        OvergangStack stack = TestStack.shared();
        Map<ServiceKind, String> urls = new EnumMap<>(ServiceKind.class);
        for (ServiceKind kind : ServiceKind.values()) {
            urls.put(kind, stack.baseUrl(kind));
        }
        entry = EntryApplication.start(0, new EntrySettings(urls, Infrastructure.shared().oidc(), "overgang-token"));
        entryUrl = "http://localhost:" + ((WebServerApplicationContext) entry).getWebServer().getPort();
        chromium = new HeadlessChromium(entryUrl);
        browser = chromium.browser();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (entry != null) {
            entry.close();
        }
    }

    @Test
    void an_adviser_logs_in_on_the_entry_page_and_opens_the_conferences_of_their_office() {
        browser.get(entryUrl + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Samarbeid");

        browser.findElement(By.id("login-link")).click();
        browser.findElement(By.id("login-Z990001")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("Vera Veileder");

        browser.findElement(By.linkText("Samarbeidsmøter for mitt kontor")).click();
        wait.until(ExpectedConditions.urlContains("/api/conferences"));
        String body = browser.findElement(By.tagName("body")).getText().strip();
        assertThat(body).as("the conference API answers the browser's cookie with a JSON list, not a 401")
                .startsWith("[").endsWith("]");
    }

    @Test
    void logging_out_removes_the_login() {
        browser.get(entryUrl + "/login");
        browser.findElement(By.id("login-Z990030")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));

        browser.findElement(By.xpath("//button[text()='Logg ut']")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
        assertThat(browser.manage().getCookieNamed("overgang-token")).isNull();
    }
}

package no.nav.overgang.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium; logs in the way the entry page does, with the token in the
 * {@code overgang-token} cookie. The one browser harness of the project.
 */
public final class HeadlessChromium implements AutoCloseable {

    private final WebDriver browser;
    private final String baseUrl;

    /** A browser for the service listening on {@code port} of this machine. */
    public HeadlessChromium(int port) throws Exception {
        this("http://localhost:" + port);
    }

    public HeadlessChromium(String baseUrl) throws Exception {
        Path binary = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(binary) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        this.browser = new ChromeDriver(service, options);
        this.baseUrl = baseUrl;
    }

    /** Logs in as the holder of {@code bearer} ("Bearer <jwt>"), as the entry page's login would. */
    public HeadlessChromium loggedInAs(String bearer) {
        browser.get(baseUrl + "/css/overgang-sider.css");
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie.Builder("overgang-token", bearer.substring("Bearer ".length()))
                .path("/").isHttpOnly(true).sameSite("Strict").build());
        return this;
    }

    public WebDriver open(String path) {
        browser.get(baseUrl + path);
        return browser;
    }

    public WebDriver browser() {
        return browser;
    }

    public String text(By locator) {
        return until(locator).getText();
    }

    public WebElement until(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    @Override
    public void close() {
        browser.quit();
    }
}

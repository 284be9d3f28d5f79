package no.nav.overgang.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import no.nav.overgang.testkit.TestTokens;

/**
 * The auditor's one place to search: the intake's page asks every service's audit log with the auditor's token and
 * shows the answers together; each service logs the search. A person's access request is answered from it.
 */
class AuditorSearchTest {

    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void the_auditor_finds_who_read_a_persons_case_in_every_service_by_national_id() throws Exception {
        String person = TestStack.newPerson();
        String caseKey = TestStack.CASE_KEYS.caseKey(person);
        TestStack.postMilestone(TestStack.week39("e2e-" + UUID.randomUUID(), person, TestStack.ownOffice()));
        await().atMost(FLOW).until(() -> TestStack.getList(ServiceKind.COORDINATOR, TestStack.admin(),
                "/api/cohort?limit=1000"), rows -> rows.stream().anyMatch(r -> caseKey.equals(r.get("caseKey"))));
        TestStack.client(ServiceKind.COORDINATOR, TestStack.admin()).get().uri("/api/cases/{caseKey}", caseKey)
                .retrieve().toBodilessEntity();

        String page = search("fodselsnummer=" + person);

        assertThat(page).contains("read case timeline", "Z990050", caseKey)
                .as("the services' own records of this search").contains("search audit log: person")
                .doesNotContain("svarte ikke");
        for (ServiceKind kind : ServiceKind.values()) {
            assertThat(page).as("a record from " + kind.id()).contains(">" + kind.id() + "<");
        }
    }

    @Test
    void another_role_cannot_open_the_auditors_page() throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(intake("/sider/revisjon"))
                .header("Authorization", TestStack.admin()).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    /** Opens the page (which sets the CSRF cookie), then posts the search form the way a browser does. */
    private String search(String form) throws Exception {
        String auditor = TestTokens.bearer("Z990060", List.of("auditor"), List.of());
        HttpResponse<String> empty = browser.send(HttpRequest.newBuilder(intake("/sider/revisjon"))
                .header("Authorization", auditor).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(empty.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(empty.body());
        assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();
        HttpResponse<String> result = browser.send(HttpRequest.newBuilder(intake("/sider/revisjon"))
                .header("Authorization", auditor).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&side=0&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(result.statusCode()).isEqualTo(200);
        return result.body();
    }

    private static URI intake(String path) {
        return URI.create(TestStack.shared().baseUrl(ServiceKind.INTAKE) + path);
    }
}

package no.nav.overgang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;

/** Security headers, request size limits, CSRF for cookie-authenticated writes, and errors that reveal nothing. */
@ServiceTest
class WebHardeningTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void a_page_and_an_api_response_carry_the_security_headers() throws Exception {
        String bearer = bearer();
        HttpResponse<String> page = send(request("/sider/test").header("Authorization", bearer).GET());
        HttpResponse<String> api = send(request("/test/me").header("Authorization", bearer).GET());
        HttpResponse<String> refused = send(request("/test/me").GET());

        for (HttpResponse<String> response : List.of(page, api, refused)) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                            "object-src 'none'")
                    .doesNotContain("unsafe-inline"));
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void a_json_body_over_the_limit_is_refused_with_413_and_a_problem_detail() throws Exception {
        String tooLarge = "{\"text\":\"" + "x".repeat(1024 * 1024) + "\"}";

        HttpResponse<String> response = send(request("/api/test/echo").header("Authorization", bearer())
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(tooLarge)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413", "larger than 1048576 bytes");
    }

    @Test
    void a_chunked_json_body_over_the_limit_is_cut_off_with_413() throws Exception {
        byte[] tooLarge = ("{\"text\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes();

        // a body publisher of unknown length makes the client send it chunked, without a Content-Length
        HttpResponse<String> response = send(request("/api/test/echo").header("Authorization", bearer())
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than 1048576 bytes");
    }

    @Test
    void a_form_over_the_limit_is_refused_with_413_and_one_under_it_is_read() throws Exception {
        HttpResponse<String> large = send(request("/api/test/form").header("Authorization", bearer())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("text=" + "x".repeat(70 * 1024))));
        HttpResponse<String> small = send(request("/api/test/form").header("Authorization", bearer())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("text=hello")));

        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).isEqualTo("length 5");
    }

    @Test
    void a_cookie_authenticated_write_needs_the_csrf_token_and_a_bearer_token_write_does_not() throws Exception {
        String token = bearer().substring("Bearer ".length());
        String json = "{\"a\":1}";

        HttpResponse<String> cookieOnly = send(request("/api/test/echo").header("Cookie", "overgang-token=" + token)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
        HttpResponse<String> cookieWithToken = send(request("/api/test/echo")
                .header("Cookie", "overgang-token=" + token + "; XSRF-TOKEN-API=3f2a9c")
                .header("X-XSRF-TOKEN", "3f2a9c")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
        HttpResponse<String> cookieWithWrongToken = send(request("/api/test/echo")
                .header("Cookie", "overgang-token=" + token + "; XSRF-TOKEN-API=3f2a9c")
                .header("X-XSRF-TOKEN", "forged")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
        HttpResponse<String> bearer = send(request("/api/test/echo").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
        HttpResponse<String> cookieRead = send(request("/test/me").header("Cookie", "overgang-token=" + token).GET());

        assertThat(cookieOnly.statusCode()).isEqualTo(403);
        assertThat(cookieOnly.body()).contains("X-XSRF-TOKEN");
        assertThat(cookieWithWrongToken.statusCode()).isEqualTo(403);
        assertThat(cookieWithToken.statusCode()).isEqualTo(200);
        assertThat(bearer.statusCode()).isEqualTo(200);
        assertThat(cookieRead.statusCode()).isEqualTo(200);
    }

    @Test
    void a_page_form_still_needs_the_pages_own_csrf_token_which_the_page_sets() throws Exception {
        String token = bearer().substring("Bearer ".length());

        HttpResponse<String> page = send(request("/sider/test").header("Cookie", "overgang-token=" + token).GET());
        HttpResponse<String> withoutToken = send(request("/sider/test").header("Cookie", "overgang-token=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString("text=a")));
        HttpResponse<String> bearerWithoutToken = send(request("/sider/test").header("Authorization", bearer())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString("text=a")));

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("XSRF-TOKEN=").contains("Path=/sider"));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(bearerWithoutToken.statusCode()).as("pages check their token whatever carries the login")
                .isEqualTo(403);
    }

    @Test
    void an_error_shows_neither_a_stack_trace_nor_sql_nor_a_national_id() throws Exception {
        HttpResponse<String> response = send(request("/api/test/broken").header("Authorization", bearer())
                .header("Accept", "application/json").GET());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("SELECT", "no_such_column", "audit_log", "15436840087",
                "Exception", "at no.nav", "org.postgresql", "trace");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String bearer() {
        return TestTokens.bearer("Z990001", List.of("nav-office-adviser"), List.of("0315"));
    }
}

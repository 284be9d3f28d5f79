package no.nav.overgang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class PlatformSecurityTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    SecuritySettings settings;

    @Test
    void the_user_of_a_request_is_read_from_its_token() throws Exception {
        String bearer = TestTokens.bearer("Z990001", List.of("nav-office-adviser", "no-such-role"),
                List.of("0315", "1201"));

        HttpResponse<String> response = get("/test/me", "application/json", bearer);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode user = JsonMapper.shared().readTree(response.body());
        assertThat(user.get("navIdent").asString()).isEqualTo("Z990001");
        assertThat(user.get("roles").valueStream().map(JsonNode::asString)).containsExactly("NAV_OFFICE_ADVISER");
        assertThat(user.get("offices").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("0315", "1201");
    }

    @Test
    void an_api_request_without_a_token_gets_401_with_a_bearer_challenge() throws Exception {
        HttpResponse<String> response = get("/test/me", "application/json", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void a_request_with_a_forged_token_gets_401() throws Exception {
        String bearer = TestTokens.bearer("Z990001", List.of("pilot-admin"), List.of("0315"));
        String forged = bearer.substring(0, bearer.length() - 4) + "AAAA";

        assertThat(get("/test/me", "application/json", forged).statusCode()).isEqualTo(401);
    }

    @Test
    void a_browser_without_a_token_is_sent_to_the_login_page_and_back() throws Exception {
        HttpResponse<String> response = get("/test/me", "text/html,application/xhtml+xml", null);

        assertThat(response.statusCode()).isEqualTo(302);
        String back = URLEncoder.encode("http://localhost:" + port + "/test/me", StandardCharsets.UTF_8);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(settings.loginUrl() + "?returnTo=" + back);
    }

    @Test
    void a_browser_form_post_without_a_token_gets_401_not_a_redirect() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test/me"))
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("a=b")).build();

        assertThat(HTTP.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void an_endpoint_for_one_role_refuses_a_user_without_it_with_403() throws Exception {
        String adviser = TestTokens.bearer("Z990001", List.of("nav-office-adviser"), List.of("0315"));
        String admin = TestTokens.bearer("Z990002", List.of("pilot-admin"), List.of());

        assertThat(get("/test/admin", "application/json", adviser).statusCode()).isEqualTo(403);
        assertThat(get("/test/admin", "application/json", admin).statusCode()).isEqualTo(200);
    }

    @Test
    void health_is_open_without_a_token() throws Exception {
        assertThat(get("/actuator/health", "application/json", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String accept, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

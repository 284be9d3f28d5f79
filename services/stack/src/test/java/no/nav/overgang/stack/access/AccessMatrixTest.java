package no.nav.overgang.stack.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.nav.overgang.stack.OvergangStack;
import no.nav.overgang.stack.ServiceKind;
import no.nav.overgang.stack.TestStack;

/**
 * Issue 7's access matrix, end to end on the running services (real Kafka, PostgreSQL and tokens from the OIDC
 * issuer): every endpoint and page each service maps at runtime must have a rule in {@link AccessRules} (or be one of
 * its few documented public endpoints), and every rule is walked for every role as a user of the objects' own office,
 * unit or pool and of another one, plus no token and a token without roles, on real objects made through the stack.
 * docs/PRIVACY.md shows the same matrix ("Access matrix").
 */
class AccessMatrixTest {

    private static OvergangStack stack;

    @BeforeAll
    static void startTheSystem() {
        stack = TestStack.shared();
    }

    @Test
    void every_endpoint_and_page_has_a_rule_and_every_rule_an_endpoint() {
        SortedSet<Endpoint> running = EndpointInventory.of(stack);
        Set<Endpoint> ruled = AccessRules.ALL.stream().map(Rule::endpoint).collect(Collectors.toSet());

        List<String> withoutRule = running.stream()
                .filter(e -> !ruled.contains(e) && !isPublic(e)).map(Endpoint::toString).toList();
        assertThat(withoutRule)
                .as("endpoints without a rule in the access matrix: add each to AccessRules (roles and scope), "
                        + "then the row in docs/PRIVACY.md")
                .isEmpty();

        List<String> stale = ruled.stream().filter(e -> !running.contains(e)).map(Endpoint::toString).sorted()
                .toList();
        assertThat(stale).as("rules in AccessRules for endpoints no service has").isEmpty();
        List<String> unusedPublic = AccessRules.PUBLIC.stream()
                .filter(p -> running.stream()
                        .noneMatch(e -> e.method().equals(p.method()) && e.path().equals(p.path())))
                .map(p -> p.method() + " " + p.path()).toList();
        assertThat(unusedPublic).as("public endpoints in AccessRules that no service has").isEmpty();
        assertThat(running).as("endpoints found at runtime").hasSizeGreaterThan(AccessRules.ALL.size() / 2);
    }

    @Test
    void the_public_endpoints_answer_without_a_token() throws Exception {
        List<String> refused = new ArrayList<>();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            for (ServiceKind kind : ServiceKind.values()) {
                for (AccessRules.PublicEndpoint endpoint : AccessRules.PUBLIC) {
                    if (!endpoint.method().equals("GET") || endpoint.path().contains("*")) {
                        continue;
                    }
                    int status = http.send(HttpRequest.newBuilder(URI.create(stack.baseUrl(kind) + endpoint.path()))
                            .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 401 || status == 403 || status >= 500) {
                        refused.add(kind.id() + " GET " + endpoint.path() + ": " + status);
                    }
                }
            }
        }
        assertThat(refused).as("public endpoints that did not answer without a token").isEmpty();
    }

    /** {@code -DaccessMatrix.write=true} writes the rendered matrix into the document first. */
    @Test
    void docs_privacy_md_shows_the_matrix_of_the_rules() throws Exception {
        String expected = MatrixDocument.render(AccessRules.ALL, AccessRules.PUBLIC);
        if (Boolean.getBoolean("accessMatrix.write")) {
            MatrixDocument.write(MatrixDocument.privacyDocument(), expected);
        }
        assertThat(MatrixDocument.current(MatrixDocument.privacyDocument()))
                .as("the access matrix in docs/PRIVACY.md (between the access-matrix markers; "
                        + "-DaccessMatrix.write=true writes it); it should read:%n%s", expected)
                .isEqualTo(expected);
    }

    @Test
    void every_endpoint_answers_every_role_as_the_matrix_says() {
        Fixture fixture = Fixture.create();
        List<Caller> callers = Caller.all(fixture);

        MatrixWalk.Result result = MatrixWalk.walk(stack, AccessRules.ALL, callers, fixture);

        assertThat(result.mismatches()).as("answers that differ from the access matrix").isEmpty();
        assertThat(result.calls()).isEqualTo(AccessRules.ALL.size() * callers.size());
    }

    private static boolean isPublic(Endpoint endpoint) {
        return AccessRules.PUBLIC.stream()
                .anyMatch(p -> p.method().equals(endpoint.method()) && p.path().equals(endpoint.path()));
    }
}

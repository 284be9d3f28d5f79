package no.nav.overgang.stack.access;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

import no.nav.overgang.stack.OvergangStack;

/**
 * The HTTP request of one call: the API with a bearer token, pages as a browser sends them, with the login cookie and,
 * for a form, a valid CSRF token (the double-submit cookie and the masked token in the form, as Spring Security's own
 * handler masks it), so that a refusal is the access rule's and not the CSRF check's.
 */
final class Requests {

    static final String LOGIN_COOKIE = "overgang-token";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private Requests() {
    }

    static HttpRequest build(OvergangStack stack, Rule rule, Caller caller, Fixture fixture) {
        String uri = stack.baseUrl(rule.service()) + path(rule, fixture)
                + (rule.query().isEmpty() ? "" : "?" + fixture.resolve(rule.query()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        Map<String, String> cookies = new LinkedHashMap<>();
        if (rule.page()) {
            // as a browser asks, so that a page's download link (a CSV) is acceptable too
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            if (caller.token() != null) {
                cookies.put(LOGIN_COOKIE, caller.token());
            }
        } else {
            request.header("Accept", "*/*");
            if (caller.token() != null) {
                request.header("Authorization", "Bearer " + caller.token());
            }
        }
        HttpRequest.BodyPublisher body = switch (rule.body()) {
            case Body.None none -> HttpRequest.BodyPublishers.noBody();
            case Body.Json json -> {
                request.header("Content-Type", "application/json");
                yield HttpRequest.BodyPublishers.ofString(fixture.resolve(json.template()));
            }
            case Body.Csv csv -> {
                request.header("Content-Type", "text/csv");
                yield HttpRequest.BodyPublishers.ofString(csv.content());
            }
            case Body.Form form -> {
                String csrf = UUID.randomUUID().toString();
                cookies.put("XSRF-TOKEN", csrf);
                Map<String, String> fields = new LinkedHashMap<>(form.fields());
                fields.put("_csrf", masked(csrf));
                request.header("Content-Type", "application/x-www-form-urlencoded");
                yield HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(f -> encode(f.getKey()) + "=" + encode(fixture.resolve(f.getValue())))
                        .collect(Collectors.joining("&")));
            }
        };
        if (rule.page() && rule.body() instanceof Body.None && !rule.read()) {
            // a form without fields still carries its CSRF token
            String csrf = UUID.randomUUID().toString();
            cookies.put("XSRF-TOKEN", csrf);
            request.header("Content-Type", "application/x-www-form-urlencoded");
            body = HttpRequest.BodyPublishers.ofString("_csrf=" + encode(masked(csrf)));
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request.method(rule.method(), body).build();
    }

    /** The path with every variable filled with a real object. */
    static String path(Rule rule, Fixture fixture) {
        Matcher variables = VARIABLE.matcher(rule.path());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            String placeholder = rule.pathValues().containsKey(name) ? rule.pathValues().get(name)
                    : Fixture.defaultPathValue(rule.service(), name);
            variables.appendReplacement(path, Matcher.quoteReplacement(fixture.resolve(placeholder)));
        }
        return variables.appendTail(path).toString();
    }

    /** The CSRF token as a rendered form carries it: masked by Spring Security's own request handler. */
    private static String masked(String token) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        new XorCsrfTokenRequestAttributeHandler().handle(request, new MockHttpServletResponse(),
                () -> new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", token));
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package no.nav.overgang.platform.security;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection for state-changing requests that a browser authenticates with the login cookie, outside the form
 * pages (which {@link PageCsrfConfiguration} protects): they must carry the {@value #HEADER} header equal to the
 * {@value #COOKIE} cookie (Spring Security's double-submit {@link CsrfFilter}), or they are refused with 403. Requests
 * with a bearer token in the Authorization header cannot be forged by another site and stay free of CSRF tokens.
 * The platform's own filter, not {@code http.csrf()}: the resource server tells {@code http.csrf()} to skip every
 * request its token resolver finds a token in, and that resolver also reads the cookie.
 */
final class ApiCsrf {

    static final String COOKIE = "XSRF-TOKEN-API";
    static final String HEADER = "X-XSRF-TOKEN";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private ApiCsrf() {
    }

    /**
     * The check, run only for the requests it applies to. Spring's {@link CsrfFilter} marks a request as filtered under
     * its class name, so if it ran on a page request too, the pages' own {@code CsrfFilter} would skip it.
     */
    static Filter filter(String tokenCookie) {
        RequestMatcher applies = cookieAuthenticatedWrites(tokenCookie);
        CsrfFilter csrf = csrfFilter(applies);
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (applies.matches(request)) {
                    csrf.doFilter(request, response, chain);
                } else {
                    chain.doFilter(request, response);
                }
            }
        };
    }

    private static CsrfFilter csrfFilter(RequestMatcher applies) {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(COOKIE);
        tokens.setHeaderName(HEADER);
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        CsrfFilter filter = new CsrfFilter(tokens);
        filter.setRequireCsrfProtectionMatcher(applies);
        // the header carries the token as the cookie has it (no BREACH masking: it is never in a response body)
        filter.setRequestHandler(new CsrfTokenRequestAttributeHandler());
        filter.setAccessDeniedHandler(refusal());
        return filter;
    }

    static RequestMatcher cookieAuthenticatedWrites(String tokenCookie) {
        return request -> !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && !request.getRequestURI().startsWith(request.getContextPath() + PageCsrfConfiguration.PAGES + "/")
                && hasCookie(request, tokenCookie);
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static AccessDeniedHandler refusal() {
        return (request, response, exception) -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "a state-changing request authenticated by the login cookie needs the " + HEADER
                            + " header; API clients send a bearer token instead");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"" + URI.create("https://overgang.nav.no/problems/csrf")
                    + "\",\"title\":\"Missing CSRF token\",\"status\":403,\"detail\":\"" + problem.getDetail() + "\"}");
        };
    }
}

package no.nav.overgang.platform.security;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection for the form pages under {@code /sider} of every service that has pages: Spring Security's own {@link CsrfFilter}, with the token
 * in a cookie (the services keep no sessions), checked on every form post. It runs after the platform's security
 * filter chain, which authenticates the request from the login cookie and leaves CSRF to the pages; Thymeleaf puts
 * the token into every form it renders with {@code th:action}.
 */
@Configuration(proxyBeanMethods = false)
public class PageCsrfConfiguration {

    public static final String PAGES = "/sider";

    @Bean
    FilterRegistrationBean<Filter> pageCsrfFilter() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookiePath(PAGES);
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        CsrfFilter pages = new CsrfFilter(tokens);
        // its own name: a filter marks the request as filtered under its name, and the API's CsrfFilter (ApiCsrf) runs
        // first; under the same class name, or this registration's bean name, it would let every page post through
        pages.setBeanName("pageCsrfTokenCheck");
        var registration = new FilterRegistrationBean<Filter>(new PageCsrfFilter(pages));
        registration.addUrlPatterns(PAGES + "/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    private static final class PageCsrfFilter extends OncePerRequestFilter {

        private final CsrfFilter csrf;

        PageCsrfFilter(CsrfFilter csrf) {
            this.csrf = csrf;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            csrf.doFilter(request, response, (req, res) -> {
                // the token cookie must be written before the page starts streaming
                if (req.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                    token.getToken();
                }
                chain.doFilter(req, res);
            });
        }
    }
}

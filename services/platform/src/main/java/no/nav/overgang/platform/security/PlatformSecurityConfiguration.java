package no.nav.overgang.platform.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every service is a JWT resource server: a request without a valid token from the configured issuer and audience
 * gets 401, except health and metrics. Endpoints state their roles with {@code @PreAuthorize}; object-level checks
 * (office, unit, invitation) are made in the services, where the objects are.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class PlatformSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    SecurityFilterChain platformSecurity(HttpSecurity http, SecuritySettings settings) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/css/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new HeaderOrCookieTokenResolver(settings.tokenCookie()))
                        .authenticationEntryPoint(entryPoint(settings))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> authenticate(token, settings.claims()))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the form pages under /sider check a CSRF token (PageCsrfConfiguration); other cookie-authenticated
                // writes are checked by ApiCsrf below; bearer-token requests need no CSRF token
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(ApiCsrf.filter(settings.tokenCookie()), BearerTokenAuthenticationFilter.class)
                .headers(headers -> headers
                        // no inline scripts or styles anywhere: the pages use only the platform's CSS files
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /** Refuses to start with a demo secret outside the local and test profiles, before any consumer runs. */
    @Bean
    SmartInitializingSingleton demoSecretGuard(Environment environment) {
        return () -> DemoSecretGuard.check(environment);
    }

    private static AbstractAuthenticationToken authenticate(Jwt jwt, SecuritySettings.Claims claims) {
        NavUser user = NavUser.from(jwt, claims);
        Collection<GrantedAuthority> authorities = user.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new NavUserAuthentication(jwt, authorities, user);
    }

    /** Browsers without a token go to the login page; API clients get 401 with WWW-Authenticate. */
    private static AuthenticationEntryPoint entryPoint(SecuritySettings settings) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            boolean browser = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
            if (browser && !settings.loginUrl().isBlank() && "GET".equals(request.getMethod())) {
                String back = request.getRequestURL()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(settings.loginUrl() + "?returnTo=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
                return;
            }
            bearer.commence(request, response, exception);
        };
    }
}

package no.nav.overgang.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web security settings, under {@code overgang.security}. The token issuer and audience are Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties.
 *
 * @param tokenCookie name of the cookie that may carry the token for browser pages (the local login sets it;
 *                    in NAV's platform the login proxy sends the Authorization header instead)
 * @param loginUrl    where a browser without a token is sent; empty to answer 401
 */
@ConfigurationProperties("overgang.security")
public record SecuritySettings(@DefaultValue("overgang-token") String tokenCookie, @DefaultValue("") String loginUrl) {
}

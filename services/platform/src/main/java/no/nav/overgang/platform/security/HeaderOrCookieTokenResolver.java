package no.nav.overgang.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The token from the Authorization header, or else from the login cookie that browser pages carry. */
class HeaderOrCookieTokenResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
    private final String cookieName;

    HeaderOrCookieTokenResolver(String cookieName) {
        this.cookieName = cookieName;
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String token = header.resolve(request);
        if (token != null || request.getCookies() == null) {
            return token;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(cookieName) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}

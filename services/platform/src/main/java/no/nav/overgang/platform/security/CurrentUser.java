package no.nav.overgang.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The {@link NavUser} of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static NavUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof NavUserAuthentication token) {
            return token.user();
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return NavUser.from(token.getToken());
        }
        throw new IllegalStateException("no authenticated NAV user on this request");
    }

    /** The raw token of the current request, to call another service on the user's behalf (the auditor's search). */
    public static String token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return token.getToken().getTokenValue();
        }
        throw new IllegalStateException("no authenticated NAV user on this request");
    }
}

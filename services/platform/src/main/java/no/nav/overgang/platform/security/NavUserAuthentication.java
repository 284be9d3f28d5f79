package no.nav.overgang.platform.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token with the {@link NavUser} read from it once, with the configured claims. */
final class NavUserAuthentication extends JwtAuthenticationToken {

    private final transient NavUser user;

    NavUserAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, NavUser user) {
        super(jwt, authorities, user.navIdent());
        this.user = user;
    }

    NavUser user() {
        return user;
    }
}

package no.nav.overgang.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The employee (or system) behind a request, read from the token.
 *
 * @param navIdent the NAV ident, e.g. Z990001
 * @param offices  the offices or units (enhet) the employee works for; their access is scoped to these
 */
public record NavUser(String navIdent, String name, Set<Role> roles, Set<String> offices) {

    public static final String IDENT_CLAIM = "NAVident";
    public static final String ROLES_CLAIM = "roles";
    public static final String OFFICES_CLAIM = "offices";

    public NavUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        offices = Set.copyOf(offices);
    }

    /** The user of a token of the local issuer (the default claims). */
    public static NavUser from(Jwt jwt) {
        return from(jwt, SecuritySettings.Claims.DEFAULT);
    }

    /** The user of a token, read from the configured claims. */
    public static NavUser from(Jwt jwt, SecuritySettings.Claims claims) {
        String ident = jwt.getClaimAsString(claims.ident());
        String name = jwt.getClaimAsString("name");
        Set<Role> roles = strings(jwt.getClaimAsStringList(claims.roles())).stream()
                .map(value -> claims.roleValues().getOrDefault(value, value))
                .flatMap(value -> Role.fromClaim(value).stream())
                .collect(Collectors.toSet());
        return new NavUser(ident == null ? jwt.getSubject() : ident, name == null ? ident : name, roles,
                Set.copyOf(strings(jwt.getClaimAsStringList(claims.offices()))));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean worksFor(String office) {
        return offices.contains(office);
    }

    /** Roles as a comma-separated list, for the audit log. */
    public String rolesText() {
        return roles.stream().map(Role::claimValue).sorted().collect(Collectors.joining(","));
    }

    private static Collection<String> strings(List<String> values) {
        return values == null ? List.of() : values;
    }
}

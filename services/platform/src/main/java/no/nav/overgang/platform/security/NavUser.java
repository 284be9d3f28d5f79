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

    public static NavUser from(Jwt jwt) {
        String ident = jwt.getClaimAsString(IDENT_CLAIM);
        String name = jwt.getClaimAsString("name");
        Set<Role> roles = strings(jwt.getClaimAsStringList(ROLES_CLAIM)).stream()
                .flatMap(value -> Role.fromClaim(value).stream())
                .collect(Collectors.toSet());
        return new NavUser(ident == null ? jwt.getSubject() : ident, name == null ? ident : name, roles,
                Set.copyOf(strings(jwt.getClaimAsStringList(OFFICES_CLAIM))));
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

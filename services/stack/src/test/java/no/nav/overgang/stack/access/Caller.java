package no.nav.overgang.stack.access;

import java.util.ArrayList;
import java.util.List;

import no.nav.overgang.platform.security.Role;
import no.nav.overgang.testkit.TestTokens;

/**
 * Who calls: no token at all, a valid token without roles, or one role as a user of the objects' own office, unit or
 * pool ({@code own}) or of another one.
 *
 * @param role  null for the anonymous and the role-less caller
 * @param token the raw JWT (bearer header for the API, login cookie for pages); null without a token
 */
record Caller(String name, Role role, boolean own, String token) {

    static List<Caller> all(Fixture fixture) {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("no token", null, false, null));
        callers.add(new Caller("token without roles", null, false,
                jwt(TestTokens.bearer("Z980000", List.of(), List.of(fixture.officeA())))));
        for (Role role : Role.values()) {
            for (boolean own : new boolean[] {true, false}) {
                String place = place(role, own, fixture);
                String ident = "Z98%02d%d0".formatted(role.ordinal(), own ? 1 : 2);
                callers.add(new Caller(role.claimValue() + (own ? " of " : " of other ") + place, role, own,
                        jwt(TestTokens.bearer(ident, List.of(role.claimValue()), List.of(place)))));
            }
        }
        return callers;
    }

    /** The office, unit or pool the user works for: the objects' own, or another. */
    private static String place(Role role, boolean own, Fixture fixture) {
        return switch (role) {
            case BENEFITS_CASEWORKER -> own ? Fixture.OWN_UNIT : Fixture.OTHER_UNIT;
            case MEDICAL_ADVISER -> own ? Fixture.OWN_POOL : Fixture.OTHER_POOL;
            default -> own ? fixture.officeA() : fixture.officeB();
        };
    }

    private static String jwt(String bearer) {
        return bearer.substring("Bearer ".length());
    }

    @Override
    public String toString() {
        return name;
    }
}

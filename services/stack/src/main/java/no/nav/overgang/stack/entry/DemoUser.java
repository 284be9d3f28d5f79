package no.nav.overgang.stack.entry;

import java.util.List;
import java.util.Map;

/**
 * A made-up employee for the local run; never a real person.
 *
 * @param offices the offices or units (enhet) the employee works for
 */
public record DemoUser(String navIdent, String name, String role, String roleName, List<String> offices) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("Z990001", "Vera Veileder", "nav-office-adviser", "Veileder, NAV Grünerløkka", List.of("0315")),
            new DemoUser("Z990002", "Odd Oppfølger", "nav-office-adviser", "Veileder, NAV Bergenhus", List.of("1201")),
            new DemoUser("Z990010", "Sara Saksbehandler", "benefits-caseworker", "Saksbehandler, NAV Arbeid og ytelser 4402",
                    List.of("4402")),
            new DemoUser("Z990020", "Lars Lege", "medical-adviser", "Rådgivende lege", List.of("rol-pool")),
            new DemoUser("Z990030", "Eva Evaluator", "evaluator", "Evaluator", List.of()),
            new DemoUser("Z990040", "Stian Statistiker", "statistician", "Statistiker", List.of()),
            new DemoUser("Z990050", "Anne Administrator", "pilot-admin", "Pilotadministrator", List.of()),
            new DemoUser("Z990060", "Rita Revisor", "auditor", "Revisor", List.of()));

    public static DemoUser byIdent(String navIdent) {
        return ALL.stream().filter(u -> u.navIdent().equals(navIdent)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + navIdent));
    }

    /** The token claims the services read (see NavUser). */
    public Map<String, Object> claims() {
        return Map.of("NAVident", navIdent, "name", name, "roles", List.of(role), "offices", offices);
    }
}

package no.nav.overgang.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles of overgang, as they appear in the token's {@code roles} claim. */
public enum Role {
    /** Veileder at a NAV office; scoped to their offices. */
    NAV_OFFICE_ADVISER("nav-office-adviser"),
    /** Saksbehandler at NAV Arbeid og ytelser; scoped to their units (44xx). */
    BENEFITS_CASEWORKER("benefits-caseworker"),
    /** Rådgivende lege; sees only conferences they are invited to. */
    MEDICAL_ADVISER("medical-adviser"),
    /** Reads aggregates only, never person-level rows. */
    EVALUATOR("evaluator"),
    /** Reads the pseudonymous analysis dataset. */
    STATISTICIAN("statistician"),
    /** Configures the pilot, reads the cohort and dead letters. */
    PILOT_ADMIN("pilot-admin"),
    /** Reads the audit log. */
    AUDITOR("auditor"),
    /** A source system submitting milestones over HTTP. */
    SOURCE_SYSTEM("source-system");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    /** The Spring Security authority, for {@code hasRole(...)} checks. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }
}

package no.nav.overgang.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Bearer tokens from the shared OIDC issuer, with the claims the platform's security reads. */
public final class TestTokens {

    private static final Duration VALIDITY = Duration.ofHours(1);

    private TestTokens() {
    }

    /** {@code "Bearer <jwt>"} for an employee; {@code offices} are four-digit NAV office numbers. */
    public static String bearer(String navIdent, List<String> roles, List<String> offices) {
        Map<String, Object> claims = Map.of(
                "NAVident", navIdent,
                "name", navIdent,
                "roles", List.copyOf(roles),
                "offices", List.copyOf(offices));
        return "Bearer " + Infrastructure.shared().oidc().issueToken(navIdent, claims, VALIDITY);
    }
}

package no.nav.overgang.platform.security;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start a service whose pseudonymisation secret or randomisation salt is one of the repository's demo or
 * test values (they all say {@value #DEMO_MARKER}) unless the {@code local} or {@code test} profile is active; with
 * those profiles it says loudly in the log that a demo secret is in use. Production therefore has to supply its own
 * secrets (environment, or files through {@link SecretsDirectory}).
 */
public class DemoSecretGuard {

    public static final String DEMO_MARKER = "not-for-production";
    static final List<String> GUARDED = List.of("overgang.pseudonymisation.secret",
            "overgang.coordinator.randomisation-salt");

    private static final Logger log = LoggerFactory.getLogger(DemoSecretGuard.class);

    private DemoSecretGuard() {
    }

    /** Checks the environment; throws when a demo secret is used outside the local and test profiles. */
    public static void check(Environment environment) {
        boolean demoAllowed = environment.acceptsProfiles(Profiles.of("local | test"));
        for (String property : GUARDED) {
            String value = environment.getProperty(property);
            if (value == null || !isDemo(value)) {
                continue;
            }
            if (!demoAllowed) {
                throw new IllegalStateException(property + " is a demo value from the repository; set a real secret "
                        + "(environment variable or a file in " + SecretsDirectory.PROPERTY + "), or run with the "
                        + "'local' profile on synthetic data");
            }
            log.warn("DEMO SECRET IN USE: {} is a demo value from the repository (profiles {}). Synthetic data only; "
                    + "never use this outside a local run or a test.", property,
                    String.join(",", environment.getActiveProfiles()));
        }
    }

    static boolean isDemo(String value) {
        return value.toLowerCase(Locale.ROOT).contains(DEMO_MARKER) || value.equals("change-me");
    }
}

package no.nav.overgang.coordinator.cohort;

import java.util.Set;

/** The rule settings the tests judge by: the documented defaults of overgang-coordinator.properties. */
public final class CohortRules {

    public static final RuleProperties DEFAULTS = new RuleProperties(2, true, 65, true, 6, Set.of("11-18"), true, true);

    private CohortRules() {
    }
}

package no.nav.overgang.coordinator.cohort;

import java.util.Map;

/**
 * Why a case enters the cohort: the rule that fired, the facts that made it fire, and a sentence for people.
 */
public record CohortEntry(String ruleId, int ruleVersion, Map<String, String> facts, String explanation) {

    public CohortEntry {
        facts = Map.copyOf(facts);
    }
}

package no.nav.overgang.events.payload;

import java.time.LocalDate;
import java.util.Map;

/**
 * A case met the eligibility rule for the first time and entered the pilot cohort.
 *
 * @param indexDate   the business date the clock starts: the occurredAt of the milestone that made the rule true
 * @param facts       the facts that made the rule fire, by name
 * @param explanation one sentence a person can read
 * @param stratum     the randomisation stratum, e.g. "SYKEPENGER|0315"
 * @param ageBand     the person's age band on the index date ({@link AgeBand#atIndexDate}); optional, null when
 *                    unknown (and in events published before the field was added)
 */
public record CaseEnteredCohort(
        SourceSystem sourceBenefit,
        String office,
        LocalDate indexDate,
        String ruleId,
        int ruleVersion,
        Map<String, String> facts,
        String explanation,
        String stratum,
        AgeBand ageBand) implements EventPayload {

    public CaseEnteredCohort {
        facts = Map.copyOf(facts);
    }

    /** Without an age band (unknown). */
    public CaseEnteredCohort(SourceSystem sourceBenefit, String office, LocalDate indexDate, String ruleId,
                             int ruleVersion, Map<String, String> facts, String explanation, String stratum) {
        this(sourceBenefit, office, indexDate, ruleId, ruleVersion, facts, explanation, stratum, null);
    }
}

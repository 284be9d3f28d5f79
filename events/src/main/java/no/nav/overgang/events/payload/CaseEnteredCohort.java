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
 */
public record CaseEnteredCohort(
        SourceSystem sourceBenefit,
        String office,
        LocalDate indexDate,
        String ruleId,
        int ruleVersion,
        Map<String, String> facts,
        String explanation,
        String stratum) implements EventPayload {

    public CaseEnteredCohort {
        facts = Map.copyOf(facts);
    }
}

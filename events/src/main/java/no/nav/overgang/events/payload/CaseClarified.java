package no.nav.overgang.events.payload;

import java.time.LocalDate;
import java.util.Map;

/**
 * A case in the cohort was clarified (avklart): the event that time-to-clarification measures.
 *
 * @param indexDate    the case's index date (cohort entry), repeated so a reader needs no state to compute the time
 * @param clarifiedOn  the Norwegian business date of the clarifying milestone
 * @param ruleId       the clarification rule that fired, with its version
 * @param facts        the facts that made it fire, by name
 * @param explanation  one sentence a person can read
 */
public record CaseClarified(
        String arm,
        LocalDate indexDate,
        LocalDate clarifiedOn,
        ClarificationOutcome outcome,
        String ruleId,
        int ruleVersion,
        Map<String, String> facts,
        String explanation) implements EventPayload {

    public CaseClarified {
        facts = Map.copyOf(facts);
    }
}

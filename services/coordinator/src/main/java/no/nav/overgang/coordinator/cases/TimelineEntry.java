package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One thing that happened to a case in the cohort, with its explanation; {@code applied} is false for a move that was
 * refused, so the timeline also shows what did not happen and why.
 *
 * @param step what happened, e.g. ENTERED, CONFERENCE_HELD, ESCALATED, CLARIFIED
 */
public record TimelineEntry(String caseKey, Instant occurredAt, String step, boolean applied, CaseState stateAfter,
                            String ruleId, Integer ruleVersion, Map<String, String> facts, String explanation,
                            UUID causeEventId) {

    public TimelineEntry {
        facts = Map.copyOf(facts);
    }
}

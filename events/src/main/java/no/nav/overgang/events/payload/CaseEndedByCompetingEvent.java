package no.nav.overgang.events.payload;

import java.time.LocalDate;
import java.util.Map;

/**
 * Follow-up of a case ended by an event that competes with clarification (death, retirement age).
 *
 * @param endedOn the Norwegian business date of the competing event
 */
public record CaseEndedByCompetingEvent(
        String arm,
        LocalDate indexDate,
        LocalDate endedOn,
        CompetingEvent competingEvent,
        String ruleId,
        int ruleVersion,
        Map<String, String> facts,
        String explanation) implements EventPayload {

    public CaseEndedByCompetingEvent {
        facts = Map.copyOf(facts);
    }
}

package no.nav.overgang.events.payload;

import java.time.LocalDate;
import java.util.Map;

/**
 * Follow-up of a case stopped before clarification for a reason that says nothing about clarification (moved out of
 * the pilot, emigrated, withdrawn, end of follow-up): the case counts as censored on {@code censoredOn}.
 */
public record CaseCensored(
        String arm,
        LocalDate indexDate,
        LocalDate censoredOn,
        CensoringReason reason,
        String ruleId,
        int ruleVersion,
        Map<String, String> facts,
        String explanation) implements EventPayload {

    public CaseCensored {
        facts = Map.copyOf(facts);
    }
}

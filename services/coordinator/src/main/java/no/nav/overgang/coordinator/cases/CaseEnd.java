package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.util.Map;

import no.nav.overgang.events.payload.CensoringReason;
import no.nav.overgang.events.payload.ClarificationOutcome;
import no.nav.overgang.events.payload.CompetingEvent;

/**
 * How follow-up of a case ended, and why: like cohort entry, every end names the rule that fired, the facts that made
 * it fire and a sentence a person can read.
 */
public sealed interface CaseEnd {

    /** Business time of the end. */
    Instant at();

    String ruleId();

    int ruleVersion();

    Map<String, String> facts();

    String explanation();

    /** The state the case ends in. */
    CaseState state();

    /** The outcome, competing event or censoring reason, by name. */
    String kind();

    /** Avklaring: a disability decision, a return to work, or another clarified outcome (docs/PILOT.md). */
    record Clarification(ClarificationOutcome outcome, Instant at, String ruleId, int ruleVersion,
                         Map<String, String> facts, String explanation) implements CaseEnd {
        public Clarification {
            facts = Map.copyOf(facts);
        }

        public CaseState state() {
            return CaseState.CLARIFIED;
        }

        public String kind() {
            return outcome.name();
        }
    }

    /** Death or retirement age: competes with clarification. */
    record CompetingEnd(CompetingEvent event, Instant at, String ruleId, int ruleVersion, Map<String, String> facts,
                        String explanation) implements CaseEnd {
        public CompetingEnd {
            facts = Map.copyOf(facts);
        }

        public CaseState state() {
            return CaseState.ENDED_BY_COMPETING_EVENT;
        }

        public String kind() {
            return event.name();
        }
    }

    /** Moved out of the pilot, emigrated, withdrawn or the end of follow-up: says nothing about clarification. */
    record Censoring(CensoringReason reason, Instant at, String ruleId, int ruleVersion, Map<String, String> facts,
                     String explanation) implements CaseEnd {
        public Censoring {
            facts = Map.copyOf(facts);
        }

        public CaseState state() {
            return CaseState.CENSORED;
        }

        public String kind() {
            return reason.name();
        }
    }
}

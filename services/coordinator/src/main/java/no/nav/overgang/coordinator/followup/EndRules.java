package no.nav.overgang.coordinator.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.CaseEnd;
import no.nav.overgang.coordinator.cases.CaseMilestone;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cohort.RuleProperties;
import no.nav.overgang.events.payload.CensoringReason;
import no.nav.overgang.events.payload.ClarificationOutcome;
import no.nav.overgang.events.payload.CompetingEvent;
import no.nav.overgang.events.payload.DisabilityDecisionResult;
import no.nav.overgang.events.payload.SourceSystem;

/**
 * Which milestone ends a case's follow-up, and how (docs/PILOT.md): clarification (a disability decision of any result,
 * a return to work, AAP granted to a case that entered from sickness benefit), a competing event (death, retirement
 * age) or censoring (emigration, a move to an office outside the pilot). Versioned with the eligibility rules.
 */
@Component
public class EndRules {

    private final RuleProperties rules;
    private final PilotProperties pilot;

    public EndRules(RuleProperties rules, PilotProperties pilot) {
        this.rules = rules;
        this.pilot = pilot;
    }

    public Optional<CaseEnd> evaluate(PilotCase pilotCase, CaseMilestone milestone) {
        Instant at = milestone.occurredAt();
        LocalDate on = PilotCase.date(at);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("milestone", milestone.milestone().name());
        facts.put("on", on.toString());
        String afterIndex = "%d days after the index date".formatted(
                Math.max(0, ChronoUnit.DAYS.between(pilotCase.indexDate(), on)));
        return switch (milestone.milestone()) {
            case DISABILITY_DECISION -> disabilityDecision(milestone.details().decisionResult(),
                    milestone.details().refusedOnMeasuresCondition(), at, on, facts, afterIndex);
            case RETURNED_TO_WORK -> clarified(ClarificationOutcome.RETURNED_TO_WORK, "clarified-returned-to-work", at,
                    facts, "clarified because: returned to work on %s, %s".formatted(on, afterIndex));
            case AAP_GRANTED -> workAssessment(pilotCase, milestone, at, on, facts, afterIndex);
            case DIED -> Optional.of(new CaseEnd.CompetingEnd(CompetingEvent.DIED, at, "competing-died",
                    rules.version(), facts, "ended because: died on %s, before the case was clarified".formatted(on)));
            case REACHED_RETIREMENT_AGE -> Optional.of(new CaseEnd.CompetingEnd(CompetingEvent.REACHED_RETIREMENT_AGE,
                    at, "competing-retirement-age", rules.version(), facts,
                    "ended because: reached retirement age on %s, before the case was clarified".formatted(on)));
            case EMIGRATED -> Optional.of(new CaseEnd.Censoring(CensoringReason.EMIGRATED, at, "censored-emigrated",
                    rules.version(), facts, "censored because: emigrated on %s".formatted(on)));
            case MOVED_OFFICE -> movedOffice(milestone.details().newOffice(), at, on, facts);
            default -> Optional.empty();
        };
    }

    private Optional<CaseEnd> disabilityDecision(DisabilityDecisionResult result, Boolean underMeasuresCondition,
                                                 Instant at, LocalDate on, Map<String, String> facts,
                                                 String afterIndex) {
        if (result == null) {
            return Optional.empty();
        }
        facts.put("decisionResult", result.name());
        if (underMeasuresCondition != null) {
            facts.put("refusedOnMeasuresCondition", underMeasuresCondition.toString());
        }
        ClarificationOutcome outcome = switch (result) {
            case GRANTED -> ClarificationOutcome.DISABILITY_GRANTED;
            case PARTLY_GRANTED -> ClarificationOutcome.DISABILITY_PARTLY_GRANTED;
            case REFUSED -> ClarificationOutcome.DISABILITY_REFUSED;
        };
        String how = result.name().toLowerCase().replace('_', ' ')
                + (Boolean.TRUE.equals(underMeasuresCondition) ? " under § 12-5" : "");
        return clarified(outcome, "clarified-disability-decision", at, facts,
                "clarified because: disability decision (%s) on %s, %s".formatted(how, on, afterIndex));
    }

    private Optional<CaseEnd> workAssessment(PilotCase pilotCase, CaseMilestone milestone, Instant at, LocalDate on,
                                             Map<String, String> facts, String afterIndex) {
        String ground = milestone.details().legalGround();
        if (!rules.aapGrantClarifiesSicknessBenefitCase() || pilotCase.sourceBenefit() != SourceSystem.SYKEPENGER
                || ground == null || rules.aapLegalGroundsThatEnter().contains(ground)) {
            return Optional.empty();
        }
        facts.put("legalGround", "§ " + ground);
        return clarified(ClarificationOutcome.WORK_ASSESSMENT_GRANTED, "clarified-work-assessment", at, facts,
                "clarified because: AAP granted under § %s on %s after sickness benefit, %s"
                        .formatted(ground, on, afterIndex));
    }

    private Optional<CaseEnd> movedOffice(String newOffice, Instant at, LocalDate on, Map<String, String> facts) {
        if (newOffice == null || pilot.includes(newOffice)) {
            return Optional.empty();
        }
        facts.put("newOffice", newOffice);
        return Optional.of(new CaseEnd.Censoring(CensoringReason.MOVED_OUTSIDE_PILOT, at, "censored-moved-outside-pilot",
                rules.version(), facts,
                "censored because: moved on %s to office %s, which is not in the pilot".formatted(on, newOffice)));
    }

    /** Follow-up is over: every open case is censored at the end of its last day. */
    public CaseEnd.Censoring endOfFollowUp() {
        LocalDate last = pilot.followUpEndsOn();
        return new CaseEnd.Censoring(CensoringReason.END_OF_FOLLOW_UP, pilot.followUpOverAt(),
                "censored-end-of-follow-up", rules.version(), Map.of("followUpEndsOn", last.toString()),
                "censored because: the pilot's follow-up ended on %s while the case was open".formatted(last));
    }

    /** A pilot administrator withdrew the case from follow-up (docs/PILOT.md, "Withdrawal"). */
    public CaseEnd.Censoring withdrawn(Instant at, WithdrawalReason reason) {
        LocalDate on = PilotCase.date(at);
        return new CaseEnd.Censoring(CensoringReason.WITHDRAWN, at, "censored-withdrawn", rules.version(),
                Map.of("withdrawnOn", on.toString(), "reason", reason.name()),
                "censored because: withdrawn from follow-up by a pilot administrator on %s (%s)"
                        .formatted(on, reason.description()));
    }

    private Optional<CaseEnd> clarified(ClarificationOutcome outcome, String ruleId, Instant at,
                                        Map<String, String> facts, String explanation) {
        return Optional.of(new CaseEnd.Clarification(outcome, at, ruleId, rules.version(), facts, explanation));
    }
}

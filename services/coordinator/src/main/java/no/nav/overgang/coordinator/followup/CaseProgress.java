package no.nav.overgang.coordinator.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.CaseEnd;
import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.EarlyConferenceEvent;
import no.nav.overgang.coordinator.cases.IllegalCaseTransitionException;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cases.TimelineEntry;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.CaseCensored;
import no.nav.overgang.events.payload.CaseClarified;
import no.nav.overgang.events.payload.CaseEndedByCompetingEvent;
import no.nav.overgang.events.payload.ConferenceEscalated;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.platform.outbox.Outbox;

/**
 * Moves cases along their state machine, in the caller's transaction: the new state, a timeline entry with the
 * explanation, and for an end the event that announces it. A move the machine refuses is logged with the case key
 * (never the national id) and kept in the timeline as refused; it is never applied.
 */
@Component
public class CaseProgress {

    public static final String SERVICE = "overgang-coordinator";
    private static final Logger log = LoggerFactory.getLogger(CaseProgress.class);

    private final CaseRepository cases;
    private final EndRules endRules;
    private final PilotProperties pilot;
    private final Outbox outbox;
    private final Clock clock;

    public CaseProgress(CaseRepository cases, EndRules endRules, PilotProperties pilot, Outbox outbox, Clock clock) {
        this.cases = cases;
        this.endRules = endRules;
        this.pilot = pilot;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Fires the locked case's own timers that were due by {@code at}, before an event of that time is applied to it;
     * returns the case as it then stands.
     */
    public PilotCase catchUp(PilotCase locked, Instant at) {
        PilotCase current = locked;
        if (current.state() == CaseState.CONFERENCE_REQUESTED && current.escalatedAt() == null
                && current.escalationDueAt() != null && !at.isBefore(current.escalationDueAt())) {
            escalate(current);
            current = cases.lock(current.caseKey()).orElseThrow();
        }
        Instant over = pilot.followUpOverAt();
        if (!current.state().ended() && over != null && !at.isBefore(over)) {
            endFollowUp(current);
            current = cases.lock(current.caseKey()).orElseThrow();
        }
        return current;
    }

    /** The conference was not held by its deadline: a note in the timeline and {@code ConferenceEscalated}. */
    public void escalate(PilotCase pilotCase) {
        Instant due = pilotCase.escalationDueAt();
        LocalDate dueBy = PilotCase.date(due).minusDays(1);
        int days = pilot.conferenceDeadlineWorkingDays();
        String explanation = ("escalated because: the conference requested on %s was not held within %d working days "
                + "(due by %s)").formatted(pilotCase.indexDate(), days, dueBy);
        Cause cause = Cause.timer("conference-deadline", due, pilotCase);
        cases.markEscalated(pilotCase.caseKey(), due);
        note(pilotCase, cause, "ESCALATED", true, Map.of("requestedOn", pilotCase.indexDate().toString(),
                "dueBy", dueBy.toString(), "workingDays", Integer.toString(days)), explanation);
        announce(pilotCase, cause, new ConferenceEscalated(pilotCase.conferenceId(), pilotCase.arm(),
                pilotCase.office(), pilotCase.indexDate(), dueBy, days, explanation));
    }

    /** Follow-up is over: the open case is censored at the end of its last day. */
    public void endFollowUp(PilotCase open) {
        end(open, endRules.endOfFollowUp(), Cause.timer("follow-up-end", pilot.followUpOverAt(), open));
    }

    /** The conference was held (or its outcome recorded, which implies it); a second notice of it changes nothing. */
    public void conferenceHeld(String caseKey, UUID conferenceId, Cause cause, String explanation) {
        Map<String, String> facts = Map.of("conferenceId", conferenceId.toString());
        onConference(caseKey, conferenceId, cause, "CONFERENCE_HELD", facts, explanation).ifPresent(pilotCase -> {
            if (pilotCase.state().hasReached(CaseState.CONFERENCE_HELD)) {
                log.debug("case {} has already had its conference held ({})", caseKey, pilotCase.state());
                return;
            }
            move(pilotCase, PilotCase::conferenceHeld, cause, "CONFERENCE_HELD", facts, explanation);
        });
    }

    /** The handover reached the benefits unit; a handover implies the conference was held, whichever came first. */
    public void handedOver(String caseKey, UUID conferenceId, Cause cause, Map<String, String> facts,
                           String explanation) {
        onConference(caseKey, conferenceId, cause, "HANDED_OVER", facts, explanation).ifPresent(pilotCase -> {
            if (pilotCase.state().hasReached(CaseState.HANDED_OVER)) {
                log.debug("case {} is already handed over", caseKey);
                return;
            }
            PilotCase current = pilotCase;
            if (current.state() == CaseState.CONFERENCE_REQUESTED) {
                current = move(current, PilotCase::conferenceHeld, cause, "CONFERENCE_HELD",
                        Map.of("conferenceId", conferenceId.toString()),
                        "conference held: implied by its handover, which arrived before its outcome");
            }
            if (current != null) {
                move(current, PilotCase::handedOver, cause, "HANDED_OVER", facts, explanation);
            }
        });
    }

    /** Ends the case's follow-up and announces how, with the rule, the facts and the explanation. */
    public void end(PilotCase pilotCase, CaseEnd end, Cause cause) {
        PilotCase ended = move(pilotCase, c -> c.end(end), cause, end.state().name(), end.facts(), end.explanation());
        if (ended != null) {
            announce(ended, cause, switch (end) {
                case CaseEnd.Clarification c -> new CaseClarified(ended.arm(), ended.indexDate(),
                        PilotCase.date(c.at()), c.outcome(), c.ruleId(), c.ruleVersion(), c.facts(), c.explanation());
                case CaseEnd.CompetingEnd c -> new CaseEndedByCompetingEvent(ended.arm(), ended.indexDate(),
                        PilotCase.date(c.at()), c.event(), c.ruleId(), c.ruleVersion(), c.facts(), c.explanation());
                case CaseEnd.Censoring c -> new CaseCensored(ended.arm(), ended.indexDate(), PilotCase.date(c.at()),
                        c.reason(), c.ruleId(), c.ruleVersion(), c.facts(), c.explanation());
            });
        }
    }

    /** Writes an event about the case to the outbox, with an id derived from its cause. */
    public void announce(PilotCase pilotCase, Cause cause, EventPayload payload) {
        EventType type = EventType.of(payload);
        outbox.add(new EventEnvelope<>(cause.derivedId(pilotCase.caseKey(), type), type.typeName(),
                type.schemaVersion(), cause.occurredAt(), clock.instant(), SERVICE, pilotCase.caseKey(),
                cause.correlationId(), cause.eventId(), payload));
    }

    /** A note in the timeline that changes no state, e.g. an escalation or a late milestone. */
    public void note(PilotCase pilotCase, Cause cause, String step, boolean applied, Map<String, String> facts,
                     String explanation) {
        cases.addToTimeline(new TimelineEntry(pilotCase.caseKey(), cause.occurredAt(), step, applied,
                pilotCase.state(), null, null, facts, explanation, cause.eventId()));
    }

    /** Applies conference steps that arrived before the case entered, as if they arrived now. */
    public void applyEarly(EarlyConferenceEvent early) {
        Cause cause = new Cause(early.eventId(), early.correlationId(), early.occurredAt(), null);
        if (early.step().equals("HANDED_OVER")) {
            handedOver(early.caseKey(), early.conferenceId(), cause, early.facts(), early.explanation());
        } else {
            conferenceHeld(early.caseKey(), early.conferenceId(), cause, early.explanation());
        }
    }

    private Optional<PilotCase> onConference(String caseKey, UUID conferenceId, Cause cause, String step,
                                             Map<String, String> facts, String explanation) {
        cases.lockKey(caseKey);
        Optional<PilotCase> found = cases.lock(caseKey).map(locked -> catchUp(locked, cause.occurredAt()));
        if (found.isEmpty()) {
            // a replay may read the conference topic ahead of the milestones; kept until the case enters
            log.info("kept {} for case {} until the case enters the cohort", step, caseKey);
            cases.saveEarlyConferenceEvent(new EarlyConferenceEvent(cause.eventId(), caseKey, cause.occurredAt(),
                    cause.correlationId(), step, conferenceId, facts, explanation));
            return Optional.empty();
        }
        PilotCase pilotCase = found.get();
        if (pilotCase.conferenceId() != null && !pilotCase.conferenceId().equals(conferenceId)) {
            refuse(pilotCase, cause, step, Map.of("conferenceId", String.valueOf(conferenceId)),
                    "conference %s is not the conference requested for this case".formatted(conferenceId));
            return Optional.empty();
        }
        return found;
    }

    private PilotCase move(PilotCase pilotCase, UnaryOperator<PilotCase> transition, Cause cause, String step,
                           Map<String, String> facts, String explanation) {
        PilotCase moved;
        try {
            moved = transition.apply(pilotCase);
        } catch (IllegalCaseTransitionException refused) {
            refuse(pilotCase, cause, step, facts, refused.getMessage());
            return null;
        }
        cases.update(moved);
        CaseEnd end = moved.end();
        cases.addToTimeline(new TimelineEntry(moved.caseKey(), cause.occurredAt(), step, true, moved.state(),
                end == null ? null : end.ruleId(), end == null ? null : end.ruleVersion(), facts, explanation,
                cause.eventId()));
        return moved;
    }

    private void refuse(PilotCase pilotCase, Cause cause, String step, Map<String, String> facts, String reason) {
        log.warn("refused {} for case {} in state {}: {}", step, pilotCase.caseKey(), pilotCase.state(), reason);
        cases.addToTimeline(new TimelineEntry(pilotCase.caseKey(), cause.occurredAt(), step, false, pilotCase.state(),
                null, null, facts, "refused: " + reason, cause.eventId()));
    }
}

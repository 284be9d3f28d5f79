package no.nav.overgang.coordinator.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import no.nav.overgang.coordinator.cohort.MilestoneHandler;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.CaseCensored;
import no.nav.overgang.events.payload.CaseClarified;
import no.nav.overgang.events.payload.CaseEndedByCompetingEvent;
import no.nav.overgang.events.payload.ConferenceEscalated;
import no.nav.overgang.events.payload.ConferenceRequested;
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
     * Fires the locked case's own timers that were due by {@code at}, before an event of that time is applied to it,
     * and returns the case as it then stands: a new conference after a cancelled one (so the new conference's own
     * steps find it requested), and the end of follow-up. Escalations are not fired here: whether one is due depends
     * on steps that may still be unread on another partition, so they wait for business time ({@link Timers}).
     */
    public PilotCase catchUp(PilotCase locked, Instant at) {
        PilotCase current = locked;
        if (current.state() == CaseState.ENTERED && current.rerequestDueAt() != null
                && !at.isBefore(current.rerequestDueAt())) {
            requestAgain(current);
            current = cases.lock(current.caseKey()).orElseThrow();
        }
        Instant over = pilot.followUpOverAt();
        if (!current.state().ended() && over != null && !at.isBefore(over)) {
            endFollowUp(current);
            current = cases.lock(current.caseKey()).orElseThrow();
        }
        return current;
    }

    /**
     * Their conferences were not held by their deadlines: each marked escalated (one batch), a note in its timeline
     * and {@code ConferenceEscalated}.
     */
    public void escalate(List<PilotCase> due) {
        cases.markEscalated(due);
        due.forEach(this::escalated);
    }

    private void escalated(PilotCase pilotCase) {
        Instant due = pilotCase.escalationDueAt();
        LocalDate dueBy = PilotCase.date(due).minusDays(1);
        LocalDate requestedOn = PilotCase.date(pilotCase.conferenceRequestedAt() != null
                ? pilotCase.conferenceRequestedAt() : pilotCase.enteredAt());
        int days = pilot.conferenceDeadlineWorkingDays();
        String explanation = ("escalated because: the conference requested on %s was not held within %d working days "
                + "(due by %s)").formatted(requestedOn, days, dueBy);
        Cause cause = Cause.timer(attempt("conference-deadline", pilotCase.conferenceAttempt()), due, pilotCase);
        note(pilotCase, cause, "ESCALATED", true, Map.of("requestedOn", requestedOn.toString(),
                "dueBy", dueBy.toString(), "workingDays", Integer.toString(days)), explanation);
        announce(pilotCase, cause, new ConferenceEscalated(pilotCase.conferenceId(), pilotCase.arm(),
                pilotCase.office(), requestedOn, dueBy, days, explanation));
    }

    /**
     * The case's conference was cancelled before it was held (docs/PILOT.md, "Cancelled conferences"): its deadline
     * stops, the case goes back to entered and a new conference is planned, unless the office's coded reason says the
     * case needs none (resolved before the meeting, or a duplicate), the case has ended, has had every request the
     * configuration allows, or new requests are switched off. A cancellation after the case ended is recorded and
     * changes nothing. The reason is kept as a fact and named in the explanation.
     */
    public void conferenceCancelled(String caseKey, UUID conferenceId, ConferenceCancelledHandler.Decision decision,
                                    Cause cause) {
        LocalDate on = PilotCase.date(cause.occurredAt());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("conferenceId", conferenceId.toString());
        facts.put("cancelledOn", on.toString());
        facts.put(ConferenceCancelledHandler.Decision.FACT, decision.fact());
        onConference(caseKey, conferenceId, cause, "CONFERENCE_CANCELLED", facts, "conference cancelled on " + on)
                .ifPresent(pilotCase -> {
                    if (pilotCase.state().ended()) {
                        cases.update(pilotCase.conferenceSettled(cause.occurredAt()));
                        note(pilotCase, cause, "CONFERENCE_CANCELLED", true, facts, ("conference cancelled on %s "
                                + "after the case ended (%s, %s): no new conference, the case no longer needs one; %s")
                                .formatted(on, pilotCase.state(), pilotCase.end().kind(), decision.explained()));
                        return;
                    }
                    Instant again = null;
                    String next;
                    if (!decision.mayRequestAgain()) {
                        next = "no new conference: the case stays in arm %s and is followed up without one"
                                .formatted(pilotCase.arm());
                    } else if (pilotCase.conferenceAttempt() >= pilot.conferenceRequestsPerCase()) {
                        next = "no new conference: the case has had %d of at most %d conference requests; it stays "
                                .formatted(pilotCase.conferenceAttempt(), pilot.conferenceRequestsPerCase())
                                + "in arm %s and is followed up without one".formatted(pilotCase.arm());
                    } else if (pilot.conferenceRerequestWorkingDays() == 0) {
                        next = "no new conference: new requests after a cancellation are switched off";
                    } else {
                        again = PilotProperties.afterWorkingDays(cause.occurredAt(),
                                pilot.conferenceRerequestWorkingDays());
                        facts.put("newRequestOn", PilotCase.date(again).toString());
                        next = ("a new conference will be requested on %s, %d working days later, unless the case "
                                + "ends before").formatted(PilotCase.date(again),
                                pilot.conferenceRerequestWorkingDays());
                    }
                    Instant newRequest = again;
                    move(pilotCase, c -> c.conferenceCancelled(cause.occurredAt(), newRequest), cause,
                            "CONFERENCE_CANCELLED", facts, "back to entered because: conference %s was cancelled on %s "
                                    .formatted(conferenceId, on) + "before it was held (%s); %s"
                                    .formatted(decision.explained(), next));
                });
    }

    /** A new conference after a cancelled one, requested at the time it was due, with its own deadline. */
    public void requestAgain(PilotCase pilotCase) {
        Instant at = pilotCase.rerequestDueAt();
        int attempt = pilotCase.conferenceAttempt() + 1;
        UUID conferenceId = MilestoneHandler.conferenceIdFor(pilotCase.caseKey(), attempt);
        Instant due = PilotProperties.afterWorkingDays(at, pilot.conferenceDeadlineWorkingDays());
        Cause cause = Cause.timer(attempt("conference-rerequest", attempt), at, pilotCase);
        String explanation = ("conference requested again because: conference %s was cancelled on %s and the case "
                + "was still open %d working days later (request %d of at most %d)").formatted(
                pilotCase.conferenceId(), PilotCase.date(pilotCase.conferenceSettledAt()),
                pilot.conferenceRerequestWorkingDays(), attempt, pilot.conferenceRequestsPerCase());
        PilotCase requested = move(pilotCase, c -> c.conferenceRequestedAgain(conferenceId, at, due), cause,
                "CONFERENCE_REQUESTED", Map.of("conferenceId", conferenceId.toString(), "attempt",
                        Integer.toString(attempt), "escalationDueAt", due.toString()), explanation);
        if (requested != null) {
            announce(requested, cause, new ConferenceRequested(conferenceId, requested.arm(),
                    requested.measuresAuthority(), requested.office(), requested.nationalId(), explanation));
        }
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
            move(pilotCase, c -> c.conferenceHeld().conferenceSettled(cause.occurredAt()), cause, "CONFERENCE_HELD",
                    facts, explanation);
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
                current = move(current, c -> c.conferenceHeld().conferenceSettled(cause.occurredAt()), cause,
                        "CONFERENCE_HELD",
                        Map.of("conferenceId", conferenceId.toString()),
                        "conference held: implied by its handover, which arrived before its outcome");
            }
            if (current != null) {
                move(current, PilotCase::handedOver, cause, "HANDED_OVER", facts, explanation);
            }
        });
    }

    /**
     * Ends the case's follow-up and announces how, with the rule, the facts and the explanation. Returns the case as
     * it then stands: ended as written, or as it was when the end was refused (it had ended already).
     */
    public PilotCase end(PilotCase pilotCase, CaseEnd end, Cause cause) {
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
        return ended != null ? ended : pilotCase;
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
        switch (early.step()) {
            case "HANDED_OVER" -> handedOver(early.caseKey(), early.conferenceId(), cause, early.facts(),
                    early.explanation());
            case "CONFERENCE_CANCELLED" -> conferenceCancelled(early.caseKey(), early.conferenceId(),
                    ConferenceCancelledHandler.Decision.fromFacts(early.facts()), cause);
            default -> conferenceHeld(early.caseKey(), early.conferenceId(), cause, early.explanation());
        }
    }

    /** A timer's name for the case's {@code attempt}-th conference; the first keeps the plain name. */
    private static String attempt(String timer, int attempt) {
        return attempt == 1 ? timer : timer + "-" + attempt;
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

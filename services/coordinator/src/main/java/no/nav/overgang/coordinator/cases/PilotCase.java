package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.SourceSystem;

/**
 * A case in the pilot cohort, as the coordinator keeps it. Transitions return a new value or refuse with
 * {@link IllegalCaseTransitionException}; the entry, the arm and an end, once there, never change.
 *
 * @param entryEventId     the milestone that entered the case; timer events belong to its correlation
 * @param allocationIndex  the case's position in its stratum's block list (permuted blocks only)
 * @param end              how follow-up ended; null while the case is open
 * @param escalationDueAt  business time at which a conference not yet held is escalated; null without a conference
 * @param conferenceAttempt      which request for a conference the case is on: 1, and one more after each
 *                               cancellation that is followed by a new request
 * @param conferenceRequestedAt  business time of the current conference request; null without a conference
 * @param conferenceSettledAt    business time the current conference was held or cancelled; null while pending
 * @param rerequestDueAt         business time at which a new conference is requested after a cancellation; null
 *                               when none is planned
 */
public record PilotCase(
        String caseKey,
        String nationalId,
        String office,
        SourceSystem sourceBenefit,
        LocalDate indexDate,
        Instant enteredAt,
        String ruleId,
        int ruleVersion,
        Map<String, String> facts,
        String explanation,
        String stratum,
        String arm,
        boolean pilot,
        MeasuresAuthority measuresAuthority,
        String method,
        int methodVersion,
        CaseState state,
        UUID conferenceId,
        UUID entryEventId,
        Integer allocationIndex,
        CaseEnd end,
        Instant escalationDueAt,
        Instant escalatedAt,
        int conferenceAttempt,
        Instant conferenceRequestedAt,
        Instant conferenceSettledAt,
        Instant rerequestDueAt) {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /** The conference was held: its outcome was recorded. */
    public PilotCase conferenceHeld() {
        requireOpen("have its conference held");
        requirePilot("have a conference held");
        return withState(state.moveTo(CaseState.CONFERENCE_HELD), end);
    }

    /** The conference was held or cancelled at {@code at}: its deadline no longer runs from then on. */
    public PilotCase conferenceSettled(Instant at) {
        return conferenceSettledAt != null ? this : copy(state, end, conferenceId, escalationDueAt, escalatedAt,
                conferenceAttempt, conferenceRequestedAt, at, rerequestDueAt);
    }

    /**
     * The requested conference was cancelled before it was held: the case is back at entered, and a new conference is
     * requested at {@code rerequestDue} (null: none).
     */
    public PilotCase conferenceCancelled(Instant at, Instant rerequestDue) {
        requireOpen("have its conference cancelled");
        requirePilot("have a conference cancelled");
        PilotCase settled = conferenceSettled(at);
        return settled.copy(state.moveTo(CaseState.ENTERED), end, conferenceId, escalationDueAt, escalatedAt,
                conferenceAttempt, conferenceRequestedAt, settled.conferenceSettledAt, rerequestDue);
    }

    /** A new conference is requested after a cancelled one: the next attempt, with its own deadline. */
    public PilotCase conferenceRequestedAgain(UUID newConferenceId, Instant at, Instant newEscalationDue) {
        requireOpen("have a new conference requested");
        requirePilot("have a conference requested");
        return copy(state.moveTo(CaseState.CONFERENCE_REQUESTED), end, newConferenceId, newEscalationDue, null,
                conferenceAttempt + 1, at, null, null);
    }

    /** The conference's handover reached the benefits unit. */
    public PilotCase handedOver() {
        requireOpen("be handed over");
        requirePilot("be handed over to a benefits unit");
        return withState(state.moveTo(CaseState.HANDED_OVER), end);
    }

    /** Ends follow-up: clarified, a competing event, or censored. An end never precedes entry and never repeats. */
    public PilotCase end(CaseEnd caseEnd) {
        requireOpen("end again as " + caseEnd.kind());
        if (caseEnd.at().isBefore(enteredAt)) {
            throw new IllegalCaseTransitionException("%s on %s happened before the case entered the cohort on %s; "
                    .formatted(caseEnd.kind(), date(caseEnd.at()), indexDate)
                    + "an end cannot precede entry, so the entry needs a person's review");
        }
        return withState(state.moveTo(caseEnd.state()), caseEnd);
    }

    public long daysSinceIndex(Instant businessNow) {
        LocalDate until = end != null ? date(end.at()) : date(businessNow);
        return Math.max(0, ChronoUnit.DAYS.between(indexDate, until));
    }

    public static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, NORWAY);
    }

    private void requireOpen(String what) {
        if (state.ended()) {
            throw new IllegalCaseTransitionException("the case ended (%s, %s) on %s and cannot %s; an end is final"
                    .formatted(state, end.kind(), date(end.at()), what));
        }
    }

    private void requirePilot(String what) {
        if (!pilot) {
            throw new IllegalCaseTransitionException("a case in arm %s has no conference, so it cannot %s"
                    .formatted(arm, what));
        }
    }

    private PilotCase withState(CaseState newState, CaseEnd newEnd) {
        return copy(newState, newEnd, conferenceId, escalationDueAt, escalatedAt, conferenceAttempt,
                conferenceRequestedAt, conferenceSettledAt, rerequestDueAt);
    }

    private PilotCase copy(CaseState newState, CaseEnd newEnd, UUID newConferenceId, Instant newEscalationDue,
                           Instant newEscalatedAt, int attempt, Instant requestedAt, Instant settledAt,
                           Instant rerequestDue) {
        return new PilotCase(caseKey, nationalId, office, sourceBenefit, indexDate, enteredAt, ruleId, ruleVersion,
                facts, explanation, stratum, arm, pilot, measuresAuthority, method, methodVersion, newState,
                newConferenceId, entryEventId, allocationIndex, newEnd, newEscalationDue, newEscalatedAt, attempt,
                requestedAt, settledAt, rerequestDue);
    }

    @Override
    public String toString() {
        return "PilotCase[" + caseKey + ", arm " + arm + ", " + state + "]";
    }
}

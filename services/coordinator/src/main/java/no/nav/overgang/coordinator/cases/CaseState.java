package no.nav.overgang.coordinator.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case is in the pilot. Pilot cases go entered → conference requested → conference held → handed over, and
 * back from conference requested to entered when the conference is cancelled; control cases stay entered. Any open
 * case can end, once: clarified, ended by a competing event, or censored. A move
 * not listed here is refused.
 */
public enum CaseState {
    ENTERED,
    CONFERENCE_REQUESTED,
    CONFERENCE_HELD,
    HANDED_OVER,
    /** Avklart: the outcome time-to-clarification measures. */
    CLARIFIED,
    /** Died or reached retirement age before clarification. */
    ENDED_BY_COMPETING_EVENT,
    /** Follow-up stopped before clarification, for a reason unrelated to it. */
    CENSORED;

    private static final Set<CaseState> ENDS = EnumSet.of(CLARIFIED, ENDED_BY_COMPETING_EVENT, CENSORED);
    private static final Map<CaseState, Set<CaseState>> NEXT = Map.of(
            ENTERED, with(CONFERENCE_REQUESTED),
            // back to entered: the conference was cancelled before it was held
            CONFERENCE_REQUESTED, with(CONFERENCE_HELD, ENTERED),
            CONFERENCE_HELD, with(HANDED_OVER),
            HANDED_OVER, with(),
            CLARIFIED, EnumSet.noneOf(CaseState.class),
            ENDED_BY_COMPETING_EVENT, EnumSet.noneOf(CaseState.class),
            CENSORED, EnumSet.noneOf(CaseState.class));

    public CaseState moveTo(CaseState target) {
        if (!NEXT.get(this).contains(target)) {
            throw new IllegalCaseTransitionException(this, target);
        }
        return target;
    }

    /** Whether follow-up of the case has ended; an ended case never moves again. */
    public boolean ended() {
        return ENDS.contains(this);
    }

    /** Whether an open pilot case in this state has already reached {@code step} on the conference path. */
    public boolean hasReached(CaseState step) {
        return !ended() && ordinal() >= step.ordinal();
    }

    private static Set<CaseState> with(CaseState... steps) {
        Set<CaseState> next = EnumSet.copyOf(ENDS);
        next.addAll(Set.of(steps));
        return next;
    }
}

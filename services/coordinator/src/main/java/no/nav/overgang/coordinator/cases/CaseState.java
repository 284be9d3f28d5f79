package no.nav.overgang.coordinator.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is in the pilot. Control cases skip the conference steps. The full machine (held, handed over,
 * clarified, competing end, censored) is completed in the coordinator issue; a move not listed here is refused.
 */
public enum CaseState {
    ENTERED,
    CONFERENCE_REQUESTED;

    private static final java.util.Map<CaseState, Set<CaseState>> NEXT = java.util.Map.of(
            ENTERED, EnumSet.of(CONFERENCE_REQUESTED),
            CONFERENCE_REQUESTED, EnumSet.noneOf(CaseState.class));

    public CaseState moveTo(CaseState target) {
        if (!NEXT.get(this).contains(target)) {
            throw new IllegalCaseTransitionException(this, target);
        }
        return target;
    }
}

package no.nav.overgang.coordinator.cohort;

import java.util.Set;

import no.nav.overgang.events.payload.MilestoneType;

/** What the coordinator knows of a case before the milestone in hand. */
public record CaseHistory(Set<MilestoneType> earlierMilestones) {

    public boolean has(MilestoneType milestone) {
        return earlierMilestones.contains(milestone);
    }
}

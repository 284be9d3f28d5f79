package no.nav.overgang.conference.conference;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A conference's lifecycle. Scheduling, rescheduling and answers to invitations come with the conference issue;
 * every move not listed is refused with a message a person can act on.
 */
public enum ConferenceStatus {
    REQUESTED("requested"),
    HELD("held"),
    OUTCOME_RECORDED("finished with an outcome"),
    CANCELLED("cancelled");

    private static final Map<ConferenceStatus, Set<ConferenceStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(HELD, CANCELLED),
            HELD, EnumSet.of(OUTCOME_RECORDED),
            OUTCOME_RECORDED, EnumSet.noneOf(ConferenceStatus.class),
            CANCELLED, EnumSet.noneOf(ConferenceStatus.class));

    private final String words;

    ConferenceStatus(String words) {
        this.words = words;
    }

    public ConferenceStatus moveTo(ConferenceStatus target) {
        if (!NEXT.get(this).contains(target)) {
            throw new IllegalConferenceMoveException("The conference is " + words + " and cannot become "
                    + target.words + (this == REQUESTED && target == OUTCOME_RECORDED
                    ? "; mark it as held first." : "."));
        }
        return target;
    }
}

package no.nav.overgang.conference.conference;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A conference's lifecycle: requested → scheduled (all three accepted a meeting time) → rescheduled (the office moved
 * the meeting, any number of times) → held → outcome recorded; or cancelled, with a reason, until it is held. Every
 * move not listed is refused with a message that says what to do instead.
 */
public enum ConferenceStatus {
    REQUESTED("requested"),
    SCHEDULED("scheduled"),
    RESCHEDULED("rescheduled"),
    HELD("held"),
    OUTCOME_RECORDED("finished with an outcome"),
    CANCELLED("cancelled");

    private static final Map<ConferenceStatus, Set<ConferenceStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(SCHEDULED, CANCELLED),
            SCHEDULED, EnumSet.of(RESCHEDULED, HELD, CANCELLED),
            RESCHEDULED, EnumSet.of(RESCHEDULED, HELD, CANCELLED),
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
                    + target.words + hint(target));
        }
        return target;
    }

    /** Still to be held: participants may answer, advise and assess. */
    public boolean isOpen() {
        return this == REQUESTED || this == SCHEDULED || this == RESCHEDULED;
    }

    /** A meeting time is agreed. */
    public boolean isScheduled() {
        return this == SCHEDULED || this == RESCHEDULED;
    }

    public String words() {
        return words;
    }

    private String hint(ConferenceStatus target) {
        if (this == REQUESTED && (target == HELD || target == RESCHEDULED)) {
            return "; schedule it first: all three participants must accept a meeting time.";
        }
        if (this == REQUESTED && target == OUTCOME_RECORDED) {
            return "; schedule it and mark it as held first.";
        }
        if (isScheduled() && target == OUTCOME_RECORDED) {
            return "; mark it as held first.";
        }
        if (this == HELD && target == CANCELLED) {
            return "; record the outcome instead.";
        }
        return ".";
    }
}

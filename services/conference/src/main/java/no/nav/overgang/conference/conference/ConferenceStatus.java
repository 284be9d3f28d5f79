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
    REQUESTED,
    SCHEDULED,
    RESCHEDULED,
    HELD,
    OUTCOME_RECORDED,
    CANCELLED;

    private static final Map<ConferenceStatus, Set<ConferenceStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(SCHEDULED, CANCELLED),
            SCHEDULED, EnumSet.of(RESCHEDULED, HELD, CANCELLED),
            RESCHEDULED, EnumSet.of(RESCHEDULED, HELD, CANCELLED),
            HELD, EnumSet.of(OUTCOME_RECORDED),
            OUTCOME_RECORDED, EnumSet.noneOf(ConferenceStatus.class),
            CANCELLED, EnumSet.noneOf(ConferenceStatus.class));

    public ConferenceStatus moveTo(ConferenceStatus target) {
        if (!NEXT.get(this).contains(target)) {
            String refusal = IllegalConferenceMoveException.TEXTS.get("refusal.move", words(),
                    IllegalConferenceMoveException.TEXTS.get("move." + target.name()));
            String hint = hint(target);
            throw new IllegalConferenceMoveException(hint == null ? refusal
                    : refusal + " " + IllegalConferenceMoveException.TEXTS.get(hint));
        }
        return target;
    }

    /**
     * Requested, scheduled, rescheduled or held: the office still has something to do. The partial index
     * {@code conference_office_in_progress} (V19) holds exactly these; {@link ConferenceRepository} names them in SQL.
     */
    public static final Set<ConferenceStatus> IN_PROGRESS = EnumSet.of(REQUESTED, SCHEDULED, RESCHEDULED, HELD);

    /** Still to be held: participants may answer, advise and assess. */
    public boolean isOpen() {
        return this == REQUESTED || this == SCHEDULED || this == RESCHEDULED;
    }

    /** A meeting time is agreed. */
    public boolean isScheduled() {
        return this == SCHEDULED || this == RESCHEDULED;
    }

    /** The status as words in a bokmål sentence, e.g. "avlyst". */
    public String words() {
        return IllegalConferenceMoveException.TEXTS.get("state." + name());
    }

    /** The key of what to do instead, or null. */
    private String hint(ConferenceStatus target) {
        if (this == REQUESTED && (target == HELD || target == RESCHEDULED)) {
            return "hint.schedule-first";
        }
        if (this == REQUESTED && target == OUTCOME_RECORDED) {
            return "hint.schedule-and-hold-first";
        }
        if (isScheduled() && target == OUTCOME_RECORDED) {
            return "hint.hold-first";
        }
        if (this == HELD && target == CANCELLED) {
            return "hint.record-outcome-instead";
        }
        return null;
    }
}

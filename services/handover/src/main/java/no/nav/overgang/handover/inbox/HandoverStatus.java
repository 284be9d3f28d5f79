package no.nav.overgang.handover.inbox;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import no.nav.overgang.platform.web.ConflictException;

/**
 * Where a handover is in the benefits unit: received → claimed (by one caseworker) → acknowledged; claimed or
 * acknowledged → returned to the office with a reason. Every other move is refused with a message that says why.
 */
public enum HandoverStatus {
    RECEIVED("received and not yet claimed"),
    CLAIMED("claimed"),
    ACKNOWLEDGED("acknowledged"),
    RETURNED("returned to the office");

    private static final Map<HandoverStatus, Set<HandoverStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(CLAIMED),
            CLAIMED, EnumSet.of(ACKNOWLEDGED, RETURNED),
            ACKNOWLEDGED, EnumSet.of(RETURNED),
            RETURNED, EnumSet.noneOf(HandoverStatus.class));

    private final String words;

    HandoverStatus(String words) {
        this.words = words;
    }

    public HandoverStatus moveTo(HandoverStatus target) {
        if (!NEXT.get(this).contains(target)) {
            throw new ConflictException("The handover is " + words + " and cannot become " + target.words
                    + (this == RECEIVED ? "; claim it first." : "."));
        }
        return target;
    }

    /** Still waiting for the unit's acknowledgement. */
    public boolean awaitsAcknowledgement() {
        return this == RECEIVED || this == CLAIMED;
    }
}

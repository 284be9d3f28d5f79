package no.nav.overgang.handover.inbox;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import no.nav.overgang.platform.web.ConflictException;

/**
 * Where a handover is in the benefits unit: received → claimed (by one caseworker) → acknowledged; claimed or
 * acknowledged → returned to the office with a reason. Every other move is refused with a bokmål sentence that says why.
 */
public enum HandoverStatus {
    RECEIVED,
    CLAIMED,
    ACKNOWLEDGED,
    RETURNED;

    private static final Map<HandoverStatus, Set<HandoverStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(CLAIMED),
            CLAIMED, EnumSet.of(ACKNOWLEDGED, RETURNED),
            ACKNOWLEDGED, EnumSet.of(RETURNED),
            RETURNED, EnumSet.noneOf(HandoverStatus.class));

    public HandoverStatus moveTo(HandoverStatus target) {
        if (!NEXT.get(this).contains(target)) {
            throw new ConflictException(HandoverInbox.TEXTS.get(this == RECEIVED ? "refusal.move.claim-first"
                    : "refusal.move", HandoverInbox.TEXTS.get("state." + name()),
                    HandoverInbox.TEXTS.get("move." + target.name())));
        }
        return target;
    }

    /** Still waiting for the unit's acknowledgement. */
    public boolean awaitsAcknowledgement() {
        return this == RECEIVED || this == CLAIMED;
    }
}

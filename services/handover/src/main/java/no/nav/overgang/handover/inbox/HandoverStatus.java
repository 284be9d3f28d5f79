package no.nav.overgang.handover.inbox;

/** Where a handover is in the benefits unit. Claiming, acknowledging and returning come with the handover issue. */
public enum HandoverStatus {
    RECEIVED
}

package no.nav.overgang.events.payload;

/** An invited role's answer to the proposed meeting time. */
public enum InvitationAnswer {
    PENDING,
    ACCEPTED,
    DECLINED,
    PROPOSED_OTHER_TIME
}

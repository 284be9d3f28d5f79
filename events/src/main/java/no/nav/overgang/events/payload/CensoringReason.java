package no.nav.overgang.events.payload;

/** Why follow-up of a case stopped before it was clarified, without that saying anything about clarification. */
public enum CensoringReason {
    /** Moved to a NAV office that takes no part in the pilot. */
    MOVED_OUTSIDE_PILOT,
    EMIGRATED,
    /** Withdrawn from the pilot by a pilot administrator. */
    WITHDRAWN,
    /** The pilot's follow-up period ended while the case was open. */
    END_OF_FOLLOW_UP
}

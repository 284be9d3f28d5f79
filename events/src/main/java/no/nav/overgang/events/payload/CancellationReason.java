package no.nav.overgang.events.payload;

/**
 * Why the NAV office cancelled a case conference, as a code; the office's own words stay in the conference service
 * (they may name the person). The coordinator decides from the code whether a new conference is requested.
 */
public enum CancellationReason {
    /** The case was clarified before the meeting (e.g. a decision on uføretrygd, or back at work): no new meeting. */
    CASE_RESOLVED,
    /** A participant (the office, the benefits unit or the medical adviser) cannot take part in time. */
    PARTICIPANT_UNAVAILABLE,
    /** The person cannot take part now (e.g. in hospital) or does not want the meeting now. */
    PERSON_UNAVAILABLE,
    /** The case already has another meeting of this kind: no new meeting. */
    DUPLICATE,
    /** Another reason, written in the conference service. */
    OTHER
}

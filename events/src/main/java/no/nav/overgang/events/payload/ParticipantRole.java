package no.nav.overgang.events.payload;

/** The three roles of a case conference. */
public enum ParticipantRole {
    /** Veileder at the NAV office. */
    NAV_OFFICE,
    /** Caseworker at NAV Arbeid og ytelser. */
    BENEFITS_UNIT,
    /** Rådgivende lege: gives advice, never decides. */
    MEDICAL_ADVISER
}

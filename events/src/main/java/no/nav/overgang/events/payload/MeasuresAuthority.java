package no.nav.overgang.events.payload;

/** Who holds the authority to assess the tiltaksvilkår (ftrl § 12-5) in a pilot variant. */
public enum MeasuresAuthority {
    NAV_OFFICE,
    BENEFITS_UNIT
}

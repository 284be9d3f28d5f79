package no.nav.overgang.events.payload;

/** The § 12-5 assessment (tiltaksvilkår): have appropriate treatment and work-oriented measures been tried? */
public enum MeasuresAssessmentResult {
    MET,
    NOT_MET,
    CANNOT_YET_BE_ASSESSED
}

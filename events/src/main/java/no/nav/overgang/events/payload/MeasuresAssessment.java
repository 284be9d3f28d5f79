package no.nav.overgang.events.payload;

/**
 * The § 12-5 assessment (tiltaksvilkår), recorded by the role with that authority in the case's pilot variant.
 *
 * @param assessedBy the authority that recorded it
 */
public record MeasuresAssessment(MeasuresAssessmentResult result, String reasoning, MeasuresAuthority assessedBy) {
}

package no.nav.overgang.events.payload;

/**
 * The medical adviser's advice (rådgivende leges vurdering). Advice, never a decision.
 *
 * @param functionalAssessment summary of the person's functional capacity
 * @param treatmentStatus      where treatment stands and what remains
 * @param recommendation       what the adviser recommends the conference consider
 */
public record MedicalAdvice(String functionalAssessment, String treatmentStatus, String recommendation) {
}

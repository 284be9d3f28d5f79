package no.nav.overgang.conference.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.nav.overgang.events.payload.MedicalAdvice;

/**
 * The medical adviser's advice (rådgivende leges vurdering): advice, never a decision, and never the § 12-5
 * assessment.
 */
public record Advice(
        @NotBlank @Size(max = 4000) String functionalAssessment,
        @NotBlank @Size(max = 4000) String treatmentStatus,
        @NotBlank @Size(max = 4000) String recommendation) {

    MedicalAdvice toEvent() {
        return new MedicalAdvice(functionalAssessment, treatmentStatus, recommendation);
    }
}

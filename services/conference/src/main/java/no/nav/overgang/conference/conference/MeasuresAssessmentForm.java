package no.nav.overgang.conference.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.nav.overgang.events.payload.MeasuresAssessmentResult;

/** The § 12-5 assessment (tiltaksvilkår) as the authorised role enters it: the result and why. */
public record MeasuresAssessmentForm(@NotNull MeasuresAssessmentResult result,
                                     @NotBlank @Size(max = 4000) String reasoning) {
}

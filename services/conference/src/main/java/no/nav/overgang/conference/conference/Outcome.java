package no.nav.overgang.conference.conference;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the conference agreed.
 *
 * @param disabilityClaimRecommended whether the participants recommend a claim for uføretrygd
 * @param nextSteps                  who does what next; optional
 */
public record Outcome(
        @NotBlank @Size(max = 4000) String agreedPlan,
        boolean disabilityClaimRecommended,
        @NotNull List<@NotBlank @Size(max = 200) String> documentsNeeded,
        LocalDate followUpDate,
        @Size(max = 4000) String nextSteps) {

    public Outcome {
        documentsNeeded = documentsNeeded == null ? null : List.copyOf(documentsNeeded);
        nextSteps = nextSteps == null || nextSteps.isBlank() ? null : nextSteps.strip();
    }
}

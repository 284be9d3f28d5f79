package no.nav.overgang.conference.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the office cancels the conference; shown to the participants, kept off the topics. */
public record Cancellation(@NotBlank @Size(max = 1000) String reason) {
}

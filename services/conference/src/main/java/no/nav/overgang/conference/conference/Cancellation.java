package no.nav.overgang.conference.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.nav.overgang.events.payload.CancellationReason;

/**
 * Why the office cancels the conference: a code, which {@code ConferenceCancelled} carries to the coordinator (it
 * decides from it whether a new conference is requested), and the office's own words, shown to the participants and
 * kept off the topics (they may name the person).
 *
 * @param reasonCode the coded reason; null only for conferences cancelled before the code existed
 * @param reason     the office's own words
 */
public record Cancellation(CancellationReason reasonCode, @NotBlank @Size(max = 1000) String reason) {

    /** As the office gives it: the words stripped, and {@link CancellationReason#OTHER} when a client sends no code. */
    Cancellation given() {
        return new Cancellation(reasonCode == null ? CancellationReason.OTHER : reasonCode, reason.strip());
    }
}

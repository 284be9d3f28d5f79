package no.nav.overgang.events.payload;

import java.util.UUID;

/** The conference was cancelled; the reason stays in the conference service (it may name the person). */
public record ConferenceCancelled(
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit) implements EventPayload {
}

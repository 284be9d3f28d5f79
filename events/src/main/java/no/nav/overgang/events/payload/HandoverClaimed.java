package no.nav.overgang.events.payload;

import java.util.UUID;

/** A caseworker of the benefits unit took the handover; who it was stays in the handover service. */
public record HandoverClaimed(
        UUID handoverId,
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit) implements EventPayload {
}

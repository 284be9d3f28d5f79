package no.nav.overgang.events.payload;

import java.util.UUID;

/** The benefits unit sent the handover back to the office; the reason stays in the handover service. */
public record HandoverReturned(
        UUID handoverId,
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit) implements EventPayload {
}

package no.nav.overgang.events.payload;

import java.util.UUID;

/** A handover package was routed to a benefits unit's inbox. */
public record HandoverCreated(
        UUID handoverId,
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit) implements EventPayload {
}

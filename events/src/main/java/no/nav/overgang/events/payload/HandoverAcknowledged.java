package no.nav.overgang.events.payload;

import java.util.UUID;

/** The benefits unit acknowledged the handover; {@code withinTarget}: within 2 working days of receipt. */
public record HandoverAcknowledged(
        UUID handoverId,
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit,
        boolean withinTarget) implements EventPayload {
}

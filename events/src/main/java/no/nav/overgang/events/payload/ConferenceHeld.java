package no.nav.overgang.events.payload;

import java.util.UUID;

/** The meeting took place; the outcome follows. */
public record ConferenceHeld(
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit) implements EventPayload {
}

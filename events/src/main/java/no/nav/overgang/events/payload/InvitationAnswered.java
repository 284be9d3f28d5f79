package no.nav.overgang.events.payload;

import java.time.Instant;
import java.util.UUID;

/** An invited role answered: accepted the proposed meeting time, declined, or proposed another time. */
public record InvitationAnswered(
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit,
        ParticipantRole role,
        InvitationAnswer answer,
        Instant proposedStartsAt) implements EventPayload {
}

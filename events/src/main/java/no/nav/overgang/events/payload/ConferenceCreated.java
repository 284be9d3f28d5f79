package no.nav.overgang.events.payload;

import java.util.List;
import java.util.UUID;

/** The conference service created a requested conference and invited the three roles. */
public record ConferenceCreated(
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit,
        List<Invitation> invitations) implements EventPayload {

    public ConferenceCreated {
        invitations = List.copyOf(invitations);
    }
}

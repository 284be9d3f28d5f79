package no.nav.overgang.events.payload;

import java.util.UUID;

/**
 * The conference was cancelled before it was held. The office's own words stay in the conference service (they may
 * name the person); the topic carries the coded reason.
 *
 * @param reason why, as a code; always given from schema version 2 on, null in version 1 events (written before
 *               the code existed), which a consumer treats as "reason not known"
 */
public record ConferenceCancelled(
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit,
        CancellationReason reason) implements EventPayload {
}

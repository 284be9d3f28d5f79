package no.nav.overgang.events.payload;

import java.time.Instant;
import java.util.UUID;

/** All three roles accepted the meeting time (or the office moved an agreed meeting: {@code rescheduled}). */
public record ConferenceScheduled(
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit,
        Instant startsAt,
        boolean rescheduled) implements EventPayload {
}

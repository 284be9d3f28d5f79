package no.nav.overgang.events.payload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A requested conference was not held within its deadline of working days (Norwegian public holidays excluded).
 * Its {@code occurredAt} is the business time at which the deadline passed, not when it was noticed.
 *
 * @param dueBy       the last working day on which the conference would have been in time
 * @param workingDays the configured deadline
 */
public record ConferenceEscalated(
        UUID conferenceId,
        String arm,
        String office,
        LocalDate requestedOn,
        LocalDate dueBy,
        int workingDays,
        String explanation) implements EventPayload {
}

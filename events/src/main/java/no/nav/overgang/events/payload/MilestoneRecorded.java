package no.nav.overgang.events.payload;

import java.util.Objects;

/**
 * A validated canonical milestone. The national id travels in the payload, never in a key, because the coordinator
 * must know whose case it is; every other service works with the envelope's case key.
 *
 * @param sourceEventId the source system's own event id
 * @param office        the NAV office (4-digit enhet) following the person up
 */
public record MilestoneRecorded(
        String sourceEventId,
        SourceSystem sourceSystem,
        MilestoneType milestone,
        String nationalId,
        String office,
        MilestoneDetails details) implements EventPayload {

    public MilestoneRecorded {
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(nationalId, "nationalId");
        Objects.requireNonNull(office, "office");
        details = details == null ? MilestoneDetails.none() : details;
    }

    @Override
    public String toString() {
        // keeps the national id out of logs and exception messages
        return "MilestoneRecorded[%s %s from %s, office %s]".formatted(milestone, sourceEventId, sourceSystem, office);
    }
}

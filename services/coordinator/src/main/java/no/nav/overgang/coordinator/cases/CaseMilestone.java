package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.util.UUID;

import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;

/** A milestone as the coordinator keeps it against the case: no national id. */
public record CaseMilestone(UUID eventId, MilestoneType milestone, SourceSystem sourceSystem, String office,
                            Instant occurredAt, MilestoneDetails details) {
}

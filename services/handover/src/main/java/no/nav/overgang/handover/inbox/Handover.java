package no.nav.overgang.handover.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A handover package (overføring) from a case conference to a benefits unit. */
public record Handover(UUID id, UUID conferenceId, String caseKey, String office, String benefitsUnit, String arm,
                       HandoverStatus status, String agreedPlan, boolean claimRecommended,
                       List<String> documentsNeeded, LocalDate followUpDate, Instant receivedAt) {

    public Handover {
        documentsNeeded = List.copyOf(documentsNeeded);
    }
}

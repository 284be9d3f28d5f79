package no.nav.overgang.events.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of a held conference; it issues the handover to the benefits unit.
 *
 * @param agreedPlan                  the plan and next steps the participants agreed
 * @param disabilityClaimRecommended  whether the participants recommend a claim for uføretrygd
 * @param documentsNeeded             documents still needed before the claim can be processed
 */
public record ConferenceOutcomeRecorded(
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit,
        String agreedPlan,
        boolean disabilityClaimRecommended,
        List<String> documentsNeeded,
        LocalDate followUpDate) implements EventPayload {

    public ConferenceOutcomeRecorded {
        documentsNeeded = List.copyOf(documentsNeeded);
    }
}

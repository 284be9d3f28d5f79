package no.nav.overgang.handover.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.nav.overgang.events.payload.CaseHistoryEntry;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MedicalAdvice;

/**
 * A handover package (overføring) from a case conference to a benefits unit: the case's milestones and explanations,
 * the outcome, the medical adviser's advice and the § 12-5 assessment where recorded, and the unit's steps with it.
 *
 * @param advice             absent when the medical adviser recorded none
 * @param measuresAssessment the § 12-5 assessment (tiltaksvilkår); absent when none was recorded
 * @param caseExplanation    why the case is in the pilot and got a conference, as the coordinator explained it
 * @param caseHistory        the case's milestones and the coordinator's explained steps, oldest first; empty when
 *                           the conference sent none
 * @param claimedBy          the NAV ident of the caseworker who has it; null until claimed
 * @param returnReason       why the unit sent it back to the office; null unless returned
 * @param chain              the outcome's place in the case's chain of events, which the steps' events continue
 */
public record Handover(UUID id, UUID conferenceId, String caseKey, String office, String benefitsUnit, String arm,
                       HandoverStatus status, String agreedPlan, boolean claimRecommended,
                       List<String> documentsNeeded, LocalDate followUpDate, Instant receivedAt, String nextSteps,
                       MedicalAdvice advice, MeasuresAssessment measuresAssessment, String caseExplanation,
                       List<CaseHistoryEntry> caseHistory, String claimedBy, String returnReason, EventChain chain) {

    public Handover {
        documentsNeeded = List.copyOf(documentsNeeded);
        caseHistory = caseHistory == null ? List.of() : List.copyOf(caseHistory);
    }

    Handover withStep(HandoverStatus next, String claimedBy, String returnReason) {
        return new Handover(id, conferenceId, caseKey, office, benefitsUnit, arm, next, agreedPlan, claimRecommended,
                documentsNeeded, followUpDate, receivedAt, nextSteps, advice, measuresAssessment, caseExplanation,
                caseHistory, claimedBy, returnReason, chain);
    }

    /** The correlation id of the case's chain and the id of the outcome event that created the handover. */
    public record EventChain(UUID correlationId, UUID outcomeEventId) {
    }

    @Override
    public String toString() {
        return "Handover[" + id + ", unit " + benefitsUnit + ", " + status + "]";
    }
}

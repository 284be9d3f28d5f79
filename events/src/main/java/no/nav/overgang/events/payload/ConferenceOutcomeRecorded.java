package no.nav.overgang.events.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of a held conference; it issues the handover to the benefits unit, and carries the handover package's
 * content: the outcome, the medical adviser's advice and the § 12-5 assessment where they were recorded.
 *
 * @param agreedPlan                  the plan the participants agreed
 * @param disabilityClaimRecommended  whether the participants recommend a claim for uføretrygd
 * @param documentsNeeded             documents still needed before the claim can be processed
 * @param nextSteps                   who does what next; optional (added compatibly in v1)
 * @param advice                      the medical adviser's advice; absent when none was recorded
 * @param measuresAssessment          the § 12-5 assessment (tiltaksvilkår); absent when none was recorded
 * @param caseExplanation             why the case is in the pilot and got a conference, as the coordinator explained
 *                                    it; optional
 * @param caseHistory                 the case's milestones and the coordinator's explained steps, oldest first;
 *                                    optional (added compatibly in v1), never a national id
 */
public record ConferenceOutcomeRecorded(
        UUID conferenceId,
        String arm,
        String office,
        String benefitsUnit,
        String agreedPlan,
        boolean disabilityClaimRecommended,
        List<String> documentsNeeded,
        LocalDate followUpDate,
        String nextSteps,
        MedicalAdvice advice,
        MeasuresAssessment measuresAssessment,
        String caseExplanation,
        List<CaseHistoryEntry> caseHistory) implements EventPayload {

    public ConferenceOutcomeRecorded {
        documentsNeeded = List.copyOf(documentsNeeded);
        caseHistory = caseHistory == null ? null : List.copyOf(caseHistory);
    }

    /** An outcome without the case's history, as producers wrote it before {@code caseHistory} was added. */
    public ConferenceOutcomeRecorded(UUID conferenceId, String arm, String office, String benefitsUnit,
                                     String agreedPlan, boolean disabilityClaimRecommended, List<String> documentsNeeded,
                                     LocalDate followUpDate, String nextSteps, MedicalAdvice advice,
                                     MeasuresAssessment measuresAssessment, String caseExplanation) {
        this(conferenceId, arm, office, benefitsUnit, agreedPlan, disabilityClaimRecommended, documentsNeeded,
                followUpDate, nextSteps, advice, measuresAssessment, caseExplanation, null);
    }

    /** An outcome without next steps, advice or assessment, as the first producers wrote it. */
    public ConferenceOutcomeRecorded(UUID conferenceId, String arm, String office, String benefitsUnit,
                                     String agreedPlan, boolean disabilityClaimRecommended, List<String> documentsNeeded,
                                     LocalDate followUpDate) {
        this(conferenceId, arm, office, benefitsUnit, agreedPlan, disabilityClaimRecommended, documentsNeeded,
                followUpDate, null, null, null, null, null);
    }
}

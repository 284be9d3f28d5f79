package no.nav.overgang.events.payload;

import java.time.LocalDate;

/**
 * Facts that come with some milestones; every field is optional and only the ones the milestone carries are set.
 *
 * @param maxDate                    maksdato of the sickness benefit
 * @param remainingBenefitDays       sickness benefit days left before maksdato
 * @param legalGround                the AAP legal ground, e.g. "11-6", "11-13", "11-17", "11-18"
 * @param periodEnd                  end of the granted or extended period
 * @param decisionResult             result of a disability decision
 * @param refusedOnMeasuresCondition a refusal under the tiltaksvilkår, ftrl § 12-5
 * @param newOffice                  the receiving NAV office of a move (4-digit enhet)
 */
public record MilestoneDetails(
        LocalDate maxDate,
        Integer remainingBenefitDays,
        String legalGround,
        LocalDate periodEnd,
        DisabilityDecisionResult decisionResult,
        Boolean refusedOnMeasuresCondition,
        String newOffice) {

    public static MilestoneDetails none() {
        return new MilestoneDetails(null, null, null, null, null, null, null);
    }
}

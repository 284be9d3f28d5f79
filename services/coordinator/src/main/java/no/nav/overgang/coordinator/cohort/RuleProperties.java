package no.nav.overgang.coordinator.cohort;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The eligibility and end rules' settings, under {@code overgang.coordinator.rules}; the defaults and their reasoning
 * are in overgang-coordinator.properties and docs/PILOT.md. The same for every arm. Every entry and every end records
 * the {@code version}; a version's settings are fixed once cases were judged by them ({@link RuleVersionGuard}), so a
 * change of any setting needs a new version.
 *
 * @param week39NoticeEnters                    the sickness-benefit week-39 notice enters a case
 * @param sicknessBenefitDaysLeft               at most this many sickness-benefit days left before maksdato enters a case
 * @param aapEndApproachingEnters               the AAP "end approaching" milestone enters a case
 * @param aapMonthsLeft                         an AAP milestone whose period ends within this many months enters a case
 * @param aapLegalGroundsThatEnter              AAP granted or extended on one of these grounds enters a case (e.g. 11-18)
 * @param disabilityClaimEnters                 a disability claim received enters a case
 * @param aapGrantClarifiesSicknessBenefitCase  AAP granted on another ground than those that enter clarifies a case
 *                                              that entered from sickness benefit
 */
@ConfigurationProperties("overgang.coordinator.rules")
public record RuleProperties(
        int version,
        boolean week39NoticeEnters,
        int sicknessBenefitDaysLeft,
        boolean aapEndApproachingEnters,
        int aapMonthsLeft,
        Set<String> aapLegalGroundsThatEnter,
        boolean disabilityClaimEnters,
        boolean aapGrantClarifiesSicknessBenefitCase) {

    public RuleProperties {
        if (version < 1) {
            throw new IllegalArgumentException("overgang.coordinator.rules.version must be 1 or more");
        }
        if (sicknessBenefitDaysLeft < 0 || sicknessBenefitDaysLeft > 248) {
            throw new IllegalArgumentException("overgang.coordinator.rules.sickness-benefit-days-left must be 0..248");
        }
        if (aapMonthsLeft < 0) {
            throw new IllegalArgumentException("overgang.coordinator.rules.aap-months-left must be 0 or more");
        }
        aapLegalGroundsThatEnter = aapLegalGroundsThatEnter == null ? Set.of() : Set.copyOf(aapLegalGroundsThatEnter);
    }

    /** The settings as one line in a fixed order: what a version stands for. */
    public String settings() {
        return "week39NoticeEnters=%s; sicknessBenefitDaysLeft=%d; aapEndApproachingEnters=%s; aapMonthsLeft=%d; "
                .formatted(week39NoticeEnters, sicknessBenefitDaysLeft, aapEndApproachingEnters, aapMonthsLeft)
                + "aapLegalGroundsThatEnter=%s; disabilityClaimEnters=%s; aapGrantClarifiesSicknessBenefitCase=%s"
                .formatted(new TreeSet<>(aapLegalGroundsThatEnter), disabilityClaimEnters,
                        aapGrantClarifiesSicknessBenefitCase);
    }
}

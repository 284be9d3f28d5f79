package no.nav.overgang.coordinator.cohort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;

/**
 * The eligibility rule, the same for every arm (so pilot and control start their clocks at the same kind of moment).
 * Version 1, documented with its reasoning in docs/PILOT.md:
 * <ul>
 *   <li>sickness benefit: the week-39 notice, or at most 65 benefit days (13 weeks) left before maksdato;</li>
 *   <li>AAP: the end of the allowance is approaching, or it is granted under § 11-18 (awaiting a disability
 *   decision);</li>
 *   <li>a disability claim is received while on sickness benefit or AAP;</li>
 * </ul>
 * and in every case: no return-to-work milestone so far.
 */
@Component
public class EligibilityRules {

    public static final int VERSION = 1;
    static final int MAX_DATE_NEAR_DAYS = 65;
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    public Optional<CohortEntry> evaluate(MilestoneRecorded milestone, java.time.Instant occurredAt,
                                          CaseHistory history) {
        if (history.has(MilestoneType.RETURNED_TO_WORK) || milestone.milestone() == MilestoneType.RETURNED_TO_WORK) {
            return Optional.empty();
        }
        LocalDate on = LocalDate.ofInstant(occurredAt, NORWAY);
        MilestoneDetails details = milestone.details();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("milestone", milestone.milestone().name());
        facts.put("on", on.toString());
        if (details.remainingBenefitDays() != null) {
            facts.put("remainingBenefitDays", details.remainingBenefitDays().toString());
        }
        if (details.maxDate() != null) {
            facts.put("maxDate", details.maxDate().toString());
        }
        String noReturn = "no return-to-work milestone";
        return switch (milestone.sourceSystem()) {
            case SYKEPENGER -> sicknessBenefit(milestone, details, on, facts, noReturn);
            case AAP -> workAssessment(milestone, details, on, facts, noReturn);
            case UFORETRYGD -> milestone.milestone() == MilestoneType.DISABILITY_CLAIM_RECEIVED
                    ? Optional.of(new CohortEntry("disability-claim", VERSION, facts,
                    "entered because: disability claim received on %s; %s".formatted(on, noReturn)))
                    : Optional.empty();
            case FOLKEREGISTER, ADMIN -> Optional.empty();
        };
    }

    private static Optional<CohortEntry> sicknessBenefit(MilestoneRecorded milestone, MilestoneDetails details,
                                                         LocalDate on, Map<String, String> facts, String noReturn) {
        String daysLeft = details.remainingBenefitDays() == null ? ""
                : "; %d benefit days left".formatted(details.remainingBenefitDays());
        if (milestone.milestone() == MilestoneType.WEEK_39_NOTICE) {
            return Optional.of(new CohortEntry("sykepenger-week39", VERSION, facts,
                    "entered because: week-39 notice on %s%s; %s".formatted(on, daysLeft, noReturn)));
        }
        if (details.remainingBenefitDays() != null && details.remainingBenefitDays() <= MAX_DATE_NEAR_DAYS) {
            return Optional.of(new CohortEntry("sykepenger-maxdate-near", VERSION, facts,
                    "entered because: at most 13 weeks to maksdato on %s%s; %s".formatted(on, daysLeft, noReturn)));
        }
        return Optional.empty();
    }

    private static Optional<CohortEntry> workAssessment(MilestoneRecorded milestone, MilestoneDetails details,
                                                        LocalDate on, Map<String, String> facts, String noReturn) {
        if (details.periodEnd() != null) {
            facts.put("periodEnd", details.periodEnd().toString());
        }
        if (details.legalGround() != null) {
            facts.put("legalGround", "§ " + details.legalGround());
        }
        return switch (milestone.milestone()) {
            case AAP_END_APPROACHING -> Optional.of(new CohortEntry("aap-end-near", VERSION, facts,
                    "entered because: AAP end approaching on %s%s; %s".formatted(on,
                            details.periodEnd() == null ? "" : " (ends " + details.periodEnd() + ")", noReturn)));
            case AAP_GRANTED, AAP_EXTENDED -> "11-18".equals(details.legalGround())
                    ? Optional.of(new CohortEntry("aap-11-18", VERSION, facts,
                    "entered because: AAP under § 11-18 from %s; %s".formatted(on, noReturn)))
                    : Optional.empty();
            case DISABILITY_CLAIM_RECEIVED -> Optional.of(new CohortEntry("disability-claim", VERSION, facts,
                    "entered because: disability claim received on %s while on AAP; %s".formatted(on, noReturn)));
            default -> Optional.empty();
        };
    }

    /** Kept here so the rule and its stratum definition change together. */
    public static String stratum(SourceSystem sourceBenefit, String office) {
        return sourceBenefit.name() + "|" + office;
    }
}

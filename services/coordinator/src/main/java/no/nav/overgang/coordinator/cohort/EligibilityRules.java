package no.nav.overgang.coordinator.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;

/**
 * The eligibility rule, the same for every arm (so pilot and control start their clocks at the same kind of moment),
 * with its settings from {@link RuleProperties} (documented with their reasoning in docs/PILOT.md):
 * <ul>
 *   <li>sickness benefit: the week-39 notice, or at most N benefit days left before maksdato;</li>
 *   <li>AAP: the end of the allowance is approaching or at most N months away, or it is granted or extended on a
 *   listed ground (§ 11-18: awaiting a disability decision);</li>
 *   <li>a disability claim is received while on sickness benefit or AAP;</li>
 * </ul>
 * and in every case: no return-to-work milestone so far.
 */
@Component
public class EligibilityRules {

    private static final String NO_RETURN = "no return-to-work milestone";

    private final RuleProperties rules;

    public EligibilityRules(RuleProperties rules) {
        this.rules = rules;
    }

    public int version() {
        return rules.version();
    }

    public Optional<CohortEntry> evaluate(MilestoneRecorded milestone, Instant occurredAt, CaseHistory history) {
        if (history.has(MilestoneType.RETURNED_TO_WORK) || milestone.milestone() == MilestoneType.RETURNED_TO_WORK) {
            return Optional.empty();
        }
        LocalDate on = PilotCase.date(occurredAt);
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
        return switch (milestone.sourceSystem()) {
            case SYKEPENGER -> sicknessBenefit(milestone, details, on, facts);
            case AAP -> workAssessment(milestone, details, on, facts);
            case UFORETRYGD -> milestone.milestone() == MilestoneType.DISABILITY_CLAIM_RECEIVED
                    && rules.disabilityClaimEnters()
                    ? entry("disability-claim", facts,
                    "entered because: disability claim received on %s; %s".formatted(on, NO_RETURN))
                    : Optional.empty();
            case FOLKEREGISTER, ADMIN -> Optional.empty();
        };
    }

    private Optional<CohortEntry> sicknessBenefit(MilestoneRecorded milestone, MilestoneDetails details, LocalDate on,
                                                  Map<String, String> facts) {
        String daysLeft = details.remainingBenefitDays() == null ? ""
                : "; %d benefit days left".formatted(details.remainingBenefitDays());
        if (milestone.milestone() == MilestoneType.WEEK_39_NOTICE && rules.week39NoticeEnters()) {
            return entry("sykepenger-week39", facts,
                    "entered because: week-39 notice on %s%s; %s".formatted(on, daysLeft, NO_RETURN));
        }
        if (details.remainingBenefitDays() != null && details.remainingBenefitDays() <= rules.sicknessBenefitDaysLeft()) {
            return entry("sykepenger-maxdate-near", facts, "entered because: at most %d benefit days to maksdato on %s%s; %s"
                    .formatted(rules.sicknessBenefitDaysLeft(), on, daysLeft, NO_RETURN));
        }
        if (milestone.milestone() == MilestoneType.DISABILITY_CLAIM_RECEIVED && rules.disabilityClaimEnters()) {
            return entry("disability-claim", facts, "entered because: disability claim received on %s while on "
                    + "sickness benefit; %s".formatted(on, NO_RETURN));
        }
        return Optional.empty();
    }

    private Optional<CohortEntry> workAssessment(MilestoneRecorded milestone, MilestoneDetails details, LocalDate on,
                                                 Map<String, String> facts) {
        if (details.periodEnd() != null) {
            facts.put("periodEnd", details.periodEnd().toString());
        }
        if (details.legalGround() != null) {
            facts.put("legalGround", "§ " + details.legalGround());
        }
        String ends = details.periodEnd() == null ? "" : " (ends " + details.periodEnd() + ")";
        MilestoneType type = milestone.milestone();
        if (type == MilestoneType.AAP_END_APPROACHING && rules.aapEndApproachingEnters()) {
            return entry("aap-end-near", facts,
                    "entered because: AAP end approaching on %s%s; %s".formatted(on, ends, NO_RETURN));
        }
        if ((type == MilestoneType.AAP_GRANTED || type == MilestoneType.AAP_EXTENDED) && details.legalGround() != null
                && rules.aapLegalGroundsThatEnter().contains(details.legalGround())) {
            return entry("aap-" + details.legalGround(), facts,
                    "entered because: AAP under § %s from %s; %s".formatted(details.legalGround(), on, NO_RETURN));
        }
        if (type == MilestoneType.DISABILITY_CLAIM_RECEIVED && rules.disabilityClaimEnters()) {
            return entry("disability-claim", facts,
                    "entered because: disability claim received on %s while on AAP; %s".formatted(on, NO_RETURN));
        }
        // a milestone of a running allowance that says when it ends; an ended allowance has nothing left to plan for
        if (type != MilestoneType.AAP_ENDED && details.periodEnd() != null
                && !details.periodEnd().isAfter(on.plusMonths(rules.aapMonthsLeft()))) {
            return entry("aap-end-near", facts, "entered because: AAP ends within %d months (on %s) as of %s; %s"
                    .formatted(rules.aapMonthsLeft(), details.periodEnd(), on, NO_RETURN));
        }
        return Optional.empty();
    }

    private Optional<CohortEntry> entry(String ruleId, Map<String, String> facts, String explanation) {
        return Optional.of(new CohortEntry(ruleId, rules.version(), facts, explanation));
    }

    /** The stratum of a known source benefit (sykepenger or AAP) at an office; see {@link SourceBenefit}. */
    public static String stratum(SourceSystem sourceBenefit, String office) {
        return new SourceBenefit(sourceBenefit, true, "").stratum(office);
    }
}

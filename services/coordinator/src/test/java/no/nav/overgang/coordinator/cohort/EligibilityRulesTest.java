package no.nav.overgang.coordinator.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;

/** Eligibility rule v1, one rule per test: which milestone enters a case into the cohort, and why. */
class EligibilityRulesTest {

    private static final Instant MONDAY_2_MARCH = Instant.parse("2026-03-02T09:00:00Z");
    private static final CaseHistory NOTHING_BEFORE = new CaseHistory(Set.of());

    private final EligibilityRules rules = new EligibilityRules(CohortRules.DEFAULTS);

    @Test
    void a_week_39_notice_enters_the_case_and_explains_why() {
        var entry = rules.evaluate(sickness(MilestoneType.WEEK_39_NOTICE, 61), MONDAY_2_MARCH, NOTHING_BEFORE);

        assertThat(entry).hasValueSatisfying(e -> {
            assertThat(e.ruleId()).isEqualTo("sykepenger-week39");
            assertThat(e.ruleVersion()).isEqualTo(CohortRules.DEFAULTS.version());
            assertThat(e.explanation()).contains("week-39 notice").contains("2026-03-02")
                    .contains("61 benefit days left").contains("no return-to-work milestone");
            assertThat(e.facts()).containsEntry("milestone", "WEEK_39_NOTICE").containsEntry("on", "2026-03-02")
                    .containsEntry("remainingBenefitDays", "61").containsEntry("maxDate", "2026-05-26");
        });
    }

    @Test
    void the_date_in_the_explanation_is_the_norwegian_calendar_date() {
        Instant lateEveningUtcIsNextDayInOslo = Instant.parse("2026-03-01T23:30:00Z");

        var entry = rules.evaluate(sickness(MilestoneType.WEEK_39_NOTICE, 61), lateEveningUtcIsNextDayInOslo,
                NOTHING_BEFORE);

        assertThat(entry).hasValueSatisfying(e -> assertThat(e.explanation()).contains("2026-03-02"));
    }

    @Test
    void sixty_five_benefit_days_left_is_near_enough_to_maksdato_to_enter() {
        var entry = rules.evaluate(sickness(MilestoneType.DIALOGUE_MEETING_2, 65), MONDAY_2_MARCH, NOTHING_BEFORE);

        assertThat(entry).hasValueSatisfying(e -> {
            assertThat(e.ruleId()).isEqualTo("sykepenger-maxdate-near");
            assertThat(e.explanation()).contains("maksdato").contains("2026-03-02").contains("65 benefit days left");
            assertThat(e.facts()).containsEntry("remainingBenefitDays", "65");
        });
    }

    @Test
    void sixty_six_benefit_days_left_is_not_yet_near_maksdato() {
        var entry = rules.evaluate(sickness(MilestoneType.DIALOGUE_MEETING_2, 66), MONDAY_2_MARCH, NOTHING_BEFORE);

        assertThat(entry).as("66 days left is more than 13 weeks of benefit days").isEmpty();
    }

    @Test
    void the_approaching_end_of_aap_enters_the_case_and_names_the_end_of_the_period() {
        var milestone = aap(MilestoneType.AAP_END_APPROACHING,
                new MilestoneDetails(null, null, "11-6", LocalDate.parse("2026-06-30"), null, null, null));

        var entry = rules.evaluate(milestone, MONDAY_2_MARCH, NOTHING_BEFORE);

        assertThat(entry).hasValueSatisfying(e -> {
            assertThat(e.ruleId()).isEqualTo("aap-end-near");
            assertThat(e.explanation()).contains("AAP end approaching").contains("2026-03-02")
                    .contains("ends 2026-06-30");
            assertThat(e.facts()).containsEntry("periodEnd", "2026-06-30");
        });
    }

    @Test
    void aap_granted_under_11_18_while_awaiting_a_disability_decision_enters_the_case() {
        var milestone = aap(MilestoneType.AAP_GRANTED,
                new MilestoneDetails(null, null, "11-18", LocalDate.parse("2026-12-31"), null, null, null));

        var entry = rules.evaluate(milestone, MONDAY_2_MARCH, NOTHING_BEFORE);

        assertThat(entry).hasValueSatisfying(e -> {
            assertThat(e.ruleId()).isEqualTo("aap-11-18");
            assertThat(e.explanation()).contains("§ 11-18").contains("2026-03-02");
            assertThat(e.facts()).containsEntry("legalGround", "§ 11-18");
        });
    }

    @Test
    void aap_granted_on_another_legal_ground_does_not_enter_the_case() {
        var milestone = aap(MilestoneType.AAP_GRANTED,
                new MilestoneDetails(null, null, "11-6", LocalDate.parse("2026-12-31"), null, null, null));

        assertThat(rules.evaluate(milestone, MONDAY_2_MARCH, NOTHING_BEFORE)).isEmpty();
    }

    @Test
    void a_disability_claim_enters_the_case() {
        var claim = new MilestoneRecorded("uf-1", SourceSystem.UFORETRYGD, MilestoneType.DISABILITY_CLAIM_RECEIVED,
                "24516240071", "0315", MilestoneDetails.none());

        var entry = rules.evaluate(claim, MONDAY_2_MARCH, NOTHING_BEFORE);

        assertThat(entry).hasValueSatisfying(e -> {
            assertThat(e.ruleId()).isEqualTo("disability-claim");
            assertThat(e.explanation()).contains("disability claim received").contains("2026-03-02");
        });
    }

    @Test
    void a_disability_claim_while_on_aap_enters_the_case() {
        var entry = rules.evaluate(aap(MilestoneType.DISABILITY_CLAIM_RECEIVED, MilestoneDetails.none()),
                MONDAY_2_MARCH, NOTHING_BEFORE);

        assertThat(entry).hasValueSatisfying(e -> assertThat(e.ruleId()).isEqualTo("disability-claim"));
    }

    @Test
    void a_case_that_returned_to_work_earlier_does_not_enter() {
        var returnedToWork = new CaseHistory(EnumSet.of(MilestoneType.SICK_LEAVE_STARTED, MilestoneType.RETURNED_TO_WORK));

        var entry = rules.evaluate(sickness(MilestoneType.WEEK_39_NOTICE, 61), MONDAY_2_MARCH, returnedToWork);

        assertThat(entry).as("a return to work before the notice keeps the case out").isEmpty();
    }

    @Test
    void a_return_to_work_itself_never_enters_the_case() {
        var entry = rules.evaluate(sickness(MilestoneType.RETURNED_TO_WORK, 10), MONDAY_2_MARCH, NOTHING_BEFORE);

        assertThat(entry).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MilestoneType.class)
    void a_milestone_from_the_population_register_never_enters_the_case(MilestoneType type) {
        var tempting = new MilestoneDetails(LocalDate.parse("2026-04-01"), 10, "11-18",
                LocalDate.parse("2026-04-01"), null, null, null);
        var milestone = new MilestoneRecorded("fr-1", SourceSystem.FOLKEREGISTER, type, "31525940023", "0315",
                tempting);

        Optional<CohortEntry> entry = rules.evaluate(milestone, MONDAY_2_MARCH, NOTHING_BEFORE);

        assertThat(entry).as("FOLKEREGISTER %s", type).isEmpty();
    }

    @Test
    void an_aap_milestone_whose_period_ends_within_six_months_enters_the_case() {
        var extended = aap(MilestoneType.AAP_EXTENDED,
                new MilestoneDetails(null, null, "11-12", LocalDate.parse("2026-09-02"), null, null, null));

        assertThat(rules.evaluate(extended, MONDAY_2_MARCH, NOTHING_BEFORE)).hasValueSatisfying(e -> {
            assertThat(e.ruleId()).isEqualTo("aap-end-near");
            assertThat(e.explanation()).contains("AAP ends within 6 months (on 2026-09-02) as of 2026-03-02");
        });
    }

    @Test
    void an_aap_period_ending_six_months_and_a_day_later_is_not_near_yet() {
        var extended = aap(MilestoneType.AAP_EXTENDED,
                new MilestoneDetails(null, null, "11-12", LocalDate.parse("2026-09-03"), null, null, null));

        assertThat(rules.evaluate(extended, MONDAY_2_MARCH, NOTHING_BEFORE)).isEmpty();
    }

    @Test
    void an_ended_aap_period_enters_nothing_however_recent_its_end() {
        var ended = aap(MilestoneType.AAP_ENDED,
                new MilestoneDetails(null, null, "11-6", LocalDate.parse("2026-03-31"), null, null, null));

        assertThat(rules.evaluate(ended, MONDAY_2_MARCH, NOTHING_BEFORE)).isEmpty();
    }

    @Test
    void the_configured_threshold_of_benefit_days_is_the_one_the_rule_uses_and_records() {
        var stricter = new EligibilityRules(new RuleProperties(3, true, 40, true, 6, Set.of("11-18"), true, true));

        assertThat(stricter.evaluate(sickness(MilestoneType.DIALOGUE_MEETING_2, 41), MONDAY_2_MARCH, NOTHING_BEFORE))
                .isEmpty();
        assertThat(stricter.evaluate(sickness(MilestoneType.DIALOGUE_MEETING_2, 40), MONDAY_2_MARCH, NOTHING_BEFORE))
                .hasValueSatisfying(e -> {
                    assertThat(e.ruleVersion()).isEqualTo(3);
                    assertThat(e.explanation()).contains("at most 40 benefit days to maksdato");
                });
    }

    @Test
    void a_rule_switched_off_in_configuration_does_not_fire() {
        var withoutNotice = new EligibilityRules(new RuleProperties(3, false, 65, true, 6, Set.of("11-18"), true, true));

        assertThat(withoutNotice.evaluate(sickness(MilestoneType.WEEK_39_NOTICE, 80), MONDAY_2_MARCH, NOTHING_BEFORE))
                .as("a week-39 notice with 80 days left when the notice rule is off").isEmpty();
    }

    @Test
    void a_disability_claim_while_on_sickness_benefit_enters_the_case() {
        assertThat(rules.evaluate(sickness(MilestoneType.DISABILITY_CLAIM_RECEIVED, 120), MONDAY_2_MARCH,
                NOTHING_BEFORE)).hasValueSatisfying(e -> assertThat(e.ruleId()).isEqualTo("disability-claim"));
    }

    @Test
    void the_stratum_is_the_source_benefit_and_the_office() {
        assertThat(EligibilityRules.stratum(SourceSystem.SYKEPENGER, "0315")).isEqualTo("SYKEPENGER|0315");
    }

    private static MilestoneRecorded sickness(MilestoneType type, int remainingBenefitDays) {
        return new MilestoneRecorded("sp-1", SourceSystem.SYKEPENGER, type, "15436840087", "0315",
                new MilestoneDetails(LocalDate.parse("2026-05-26"), remainingBenefitDays, null, null, null, null,
                        null));
    }

    private static MilestoneRecorded aap(MilestoneType type, MilestoneDetails details) {
        return new MilestoneRecorded("aap-1", SourceSystem.AAP, type, "02447140090", "1201", details);
    }
}

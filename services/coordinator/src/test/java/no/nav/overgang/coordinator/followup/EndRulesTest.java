package no.nav.overgang.coordinator.followup;

import static no.nav.overgang.coordinator.cases.Cases.pilotCaseJustEntered;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.nav.overgang.coordinator.cases.CaseEnd;
import no.nav.overgang.coordinator.cases.CaseMilestone;
import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.Cases;
import no.nav.overgang.coordinator.cohort.CohortRules;
import no.nav.overgang.events.payload.CensoringReason;
import no.nav.overgang.events.payload.ClarificationOutcome;
import no.nav.overgang.events.payload.CompetingEvent;
import no.nav.overgang.events.payload.DisabilityDecisionResult;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;

/** Which milestones end follow-up, and how: clarification, a competing event, or censoring. */
class EndRulesTest {

    private static final Instant MONDAY_14_SEPTEMBER = Instant.parse("2026-09-14T08:00:00Z");
    private static final PilotProperties PILOT_OFFICES_0315_AND_1201 =
            new PilotProperties(List.of("0315", "1201"), LocalDate.parse("2027-12-31"), 10, 5, 2);

    private final EndRules rules = new EndRules(CohortRules.DEFAULTS, PILOT_OFFICES_0315_AND_1201);

    @ParameterizedTest
    @EnumSource(DisabilityDecisionResult.class)
    void a_disability_decision_of_any_result_clarifies_the_case(DisabilityDecisionResult result) {
        var end = rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.DISABILITY_DECISION,
                new MilestoneDetails(null, null, null, null, result, null, null)));

        assertThat(end).hasValueSatisfying(e -> {
            assertThat(e).isInstanceOf(CaseEnd.Clarification.class);
            assertThat(e.state()).isEqualTo(CaseState.CLARIFIED);
            assertThat(e.ruleId()).isEqualTo("clarified-disability-decision");
            assertThat(e.ruleVersion()).isEqualTo(CohortRules.DEFAULTS.version());
            assertThat(e.facts()).containsEntry("decisionResult", result.name()).containsEntry("on", "2026-09-14");
            assertThat(e.explanation()).startsWith("clarified because: disability decision")
                    .contains("on 2026-09-14, 196 days after the index date");
        });
    }

    @Test
    void a_partly_granted_disability_benefit_is_its_own_outcome() {
        var end = rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.DISABILITY_DECISION,
                new MilestoneDetails(null, null, null, null, DisabilityDecisionResult.PARTLY_GRANTED, null, null)));

        assertThat(end).map(CaseEnd::kind).hasValue(ClarificationOutcome.DISABILITY_PARTLY_GRANTED.name());
    }

    @Test
    void a_refusal_under_the_measures_condition_says_so() {
        var end = rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.DISABILITY_DECISION,
                new MilestoneDetails(null, null, null, null, DisabilityDecisionResult.REFUSED, true, null)));

        assertThat(end).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo("DISABILITY_REFUSED");
            assertThat(e.explanation()).contains("refused under § 12-5");
            assertThat(e.facts()).containsEntry("refusedOnMeasuresCondition", "true");
        });
    }

    @Test
    void a_decision_without_its_result_clarifies_nothing() {
        assertThat(rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.DISABILITY_DECISION,
                MilestoneDetails.none()))).isEmpty();
    }

    @Test
    void a_return_to_work_clarifies_the_case() {
        var end = rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.RETURNED_TO_WORK,
                MilestoneDetails.none()));

        assertThat(end).map(CaseEnd::kind).hasValue("RETURNED_TO_WORK");
    }

    @Test
    void aap_granted_on_11_6_clarifies_a_case_that_entered_from_sickness_benefit() {
        var end = rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.AAP_GRANTED,
                new MilestoneDetails(null, null, "11-6", LocalDate.parse("2027-09-13"), null, null, null)));

        assertThat(end).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(ClarificationOutcome.WORK_ASSESSMENT_GRANTED.name());
            assertThat(e.explanation()).contains("AAP granted under § 11-6");
        });
    }

    @Test
    void aap_granted_under_11_18_awaits_the_disability_decision_and_clarifies_nothing() {
        assertThat(rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.AAP_GRANTED,
                new MilestoneDetails(null, null, "11-18", null, null, null, null)))).isEmpty();
    }

    @Test
    void aap_granted_to_a_case_that_entered_from_aap_clarifies_nothing() {
        var aapCase = Cases.entered("control", false, CaseState.ENTERED, SourceSystem.AAP);

        assertThat(rules.evaluate(aapCase, milestone(MilestoneType.AAP_GRANTED,
                new MilestoneDetails(null, null, "11-6", null, null, null, null)))).isEmpty();
    }

    @Test
    void death_is_a_competing_event() {
        var end = rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.DIED, MilestoneDetails.none()));

        assertThat(end).hasValueSatisfying(e -> {
            assertThat(e).isInstanceOfSatisfying(CaseEnd.CompetingEnd.class,
                    c -> assertThat(c.event()).isEqualTo(CompetingEvent.DIED));
            assertThat(e.state()).isEqualTo(CaseState.ENDED_BY_COMPETING_EVENT);
            assertThat(e.explanation()).isEqualTo("ended because: died on 2026-09-14, before the case was clarified");
        });
    }

    @Test
    void reaching_retirement_age_is_a_competing_event() {
        var end = rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.REACHED_RETIREMENT_AGE,
                MilestoneDetails.none()));

        assertThat(end).map(CaseEnd::kind).hasValue("REACHED_RETIREMENT_AGE");
    }

    @Test
    void emigration_censors_the_case() {
        var end = rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.EMIGRATED, MilestoneDetails.none()));

        assertThat(end).hasValueSatisfying(e -> {
            assertThat(e).isInstanceOfSatisfying(CaseEnd.Censoring.class,
                    c -> assertThat(c.reason()).isEqualTo(CensoringReason.EMIGRATED));
            assertThat(e.state()).isEqualTo(CaseState.CENSORED);
        });
    }

    @Test
    void moving_to_an_office_outside_the_pilot_censors_the_case() {
        var end = rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.MOVED_OFFICE, moveTo("1103")));

        assertThat(end).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo("MOVED_OUTSIDE_PILOT");
            assertThat(e.facts()).containsEntry("newOffice", "1103");
            assertThat(e.explanation()).isEqualTo(
                    "censored because: moved on 2026-09-14 to office 1103, which is not in the pilot");
        });
    }

    @Test
    void moving_to_another_pilot_office_keeps_the_case_open() {
        assertThat(rules.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.MOVED_OFFICE, moveTo("1201"))))
                .isEmpty();
    }

    @Test
    void when_every_office_is_in_the_pilot_a_move_never_censors() {
        var everyOffice = new EndRules(CohortRules.DEFAULTS, new PilotProperties(List.of(), null, 10, 5, 2));

        assertThat(everyOffice.evaluate(pilotCaseJustEntered(), milestone(MilestoneType.MOVED_OFFICE, moveTo("1103"))))
                .isEmpty();
    }

    @Test
    void the_end_of_follow_up_censors_at_the_end_of_its_last_day_in_norway() {
        CaseEnd.Censoring end = rules.endOfFollowUp();

        assertThat(end.reason()).isEqualTo(CensoringReason.END_OF_FOLLOW_UP);
        assertThat(end.at()).as("midnight after 31 December 2027, Oslo (UTC+1)")
                .isEqualTo(Instant.parse("2027-12-31T23:00:00Z"));
        assertThat(end.explanation()).isEqualTo(
                "censored because: the pilot's follow-up ended on 2027-12-31 while the case was open");
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneType.class, names = {"SICK_LEAVE_STARTED", "WEEK_39_NOTICE", "DIALOGUE_MEETING_2",
            "MAX_DATE_REACHED", "SICKNESS_BENEFIT_ENDED", "AAP_EXTENDED", "AAP_END_APPROACHING", "AAP_ENDED",
            "DISABILITY_CLAIM_RECEIVED"})
    void a_milestone_on_the_way_ends_nothing(MilestoneType type) {
        assertThat(rules.evaluate(pilotCaseJustEntered(), milestone(type, MilestoneDetails.none()))).isEmpty();
    }

    private static MilestoneDetails moveTo(String office) {
        return new MilestoneDetails(null, null, null, null, null, null, office);
    }

    private static CaseMilestone milestone(MilestoneType type, MilestoneDetails details) {
        return new CaseMilestone(UUID.randomUUID(), type, SourceSystem.FOLKEREGISTER, "0315", MONDAY_14_SEPTEMBER,
                details);
    }
}

package no.nav.overgang.coordinator.followup;

import static no.nav.overgang.coordinator.CaseEvents.MONDAY_2_MARCH;
import static no.nav.overgang.coordinator.CaseEvents.aMondayWellAfter;
import static no.nav.overgang.coordinator.CaseEvents.conferenceEvent;
import static no.nav.overgang.coordinator.CaseEvents.milestone;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKeyOnTheSamePartitionAs;
import static no.nav.overgang.coordinator.CaseEvents.week39Notice;
import static no.nav.overgang.coordinator.CaseFixture.OTHER_PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import no.nav.overgang.coordinator.CaseFixture;
import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cases.TimelineEntry;
import no.nav.overgang.coordinator.cohort.MilestoneHandler;
import no.nav.overgang.coordinator.randomisation.Arm;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.payload.CaseCensored;
import no.nav.overgang.events.payload.CaseClarified;
import no.nav.overgang.events.payload.CaseEndedByCompetingEvent;
import no.nav.overgang.events.payload.CensoringReason;
import no.nav.overgang.events.payload.ClarificationOutcome;
import no.nav.overgang.events.payload.CompetingEvent;
import no.nav.overgang.events.payload.ConferenceEscalated;
import no.nav.overgang.events.payload.ConferenceHeld;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.DisabilityDecisionResult;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.testkit.ServiceTest;

/**
 * A case's life after entry, on a real broker and database: conference held, handed over, clarified; competing
 * events and censoring; refused moves; and the conference deadline in working days.
 */
@ServiceTest
class CaseLifecycleTest {

    private static final String PERSON = "15436840087";

    @Autowired
    CaseRepository cases;

    @RegisterExtension
    final CaseFixture coordinator = new CaseFixture();

    @Test
    void a_pilot_case_is_held_handed_over_and_clarified_by_a_disability_decision() {
        String caseKey = coordinator.newCaseKeyIn(Arm::pilot);
        coordinator.publish(week39Notice(caseKey, PERSON));
        UUID conferenceId = coordinator.awaitState(caseKey, CaseState.CONFERENCE_REQUESTED).conferenceId();

        coordinator.publish(conferenceEvent(caseKey, days(3), new ConferenceOutcomeRecorded(conferenceId,
                "pilot-office", "0315", "4402", "Graded return to work trial", true, List.of(), null)));
        coordinator.awaitState(caseKey, CaseState.CONFERENCE_HELD);
        coordinator.publish(conferenceEvent(caseKey, days(4), new HandoverCreated(UUID.randomUUID(), conferenceId,
                "pilot-office", "0315", "4402")));
        coordinator.awaitState(caseKey, CaseState.HANDED_OVER);
        coordinator.publish(milestone(caseKey, PERSON, SourceSystem.UFORETRYGD, MilestoneType.DISABILITY_DECISION,
                new MilestoneDetails(null, null, null, null, DisabilityDecisionResult.GRANTED, null, null), days(60)));

        PilotCase clarified = coordinator.awaitState(caseKey, CaseState.CLARIFIED);
        assertThat(clarified.end().ruleId()).isEqualTo("clarified-disability-decision");
        assertThat(clarified.end().facts()).containsEntry("decisionResult", "GRANTED");
        assertThat(cases.timeline(caseKey)).extracting(TimelineEntry::step).containsSubsequence("ENTERED",
                "ARM_ASSIGNED", "CONFERENCE_REQUESTED", "CONFERENCE_HELD", "HANDED_OVER", "CLARIFIED");
        assertThat(coordinator.published(caseKey, CaseClarified.class)).satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(ClarificationOutcome.DISABILITY_GRANTED);
            assertThat(event.indexDate()).isEqualTo(LocalDate.parse("2026-03-02"));
            assertThat(event.clarifiedOn()).isEqualTo(LocalDate.parse("2026-05-01"));
            assertThat(event.explanation()).isEqualTo(
                    "clarified because: disability decision (granted) on 2026-05-01, 60 days after the index date");
        });
    }

    @Test
    void a_conference_held_and_then_its_outcome_move_the_case_once_without_refusals() {
        String caseKey = coordinator.newCaseKeyIn(Arm::pilot);
        coordinator.publish(week39Notice(caseKey, PERSON));
        UUID conferenceId = coordinator.awaitState(caseKey, CaseState.CONFERENCE_REQUESTED).conferenceId();

        coordinator.publish(conferenceEvent(caseKey, days(3), new ConferenceHeld(conferenceId, "pilot-office", "0315",
                "4402")));
        coordinator.publish(conferenceEvent(caseKey, days(3), new ConferenceOutcomeRecorded(conferenceId,
                "pilot-office", "0315", "4402", "A plan", false, List.of(), null)));
        coordinator.publish(conferenceEvent(caseKey, days(4), new HandoverCreated(UUID.randomUUID(), conferenceId,
                "pilot-office", "0315", "4402")));

        coordinator.awaitState(caseKey, CaseState.HANDED_OVER);
        assertThat(cases.timeline(caseKey)).filteredOn(e -> e.step().equals("CONFERENCE_HELD")).singleElement()
                .satisfies(e -> assertThat(e.explanation()).isEqualTo("conference held on 2026-03-05"));
        assertThat(cases.timeline(caseKey)).as("refused moves").noneMatch(e -> !e.applied());
    }

    @Test
    void a_handover_that_arrives_before_the_outcome_implies_the_conference_was_held() {
        String caseKey = coordinator.newCaseKeyIn(Arm::pilot);
        coordinator.publish(week39Notice(caseKey, PERSON));
        UUID conferenceId = coordinator.awaitState(caseKey, CaseState.CONFERENCE_REQUESTED).conferenceId();

        coordinator.publish(conferenceEvent(caseKey, days(4), new HandoverCreated(UUID.randomUUID(), conferenceId,
                "pilot-office", "0315", "4402")));

        coordinator.awaitState(caseKey, CaseState.HANDED_OVER);
        assertThat(cases.timeline(caseKey)).filteredOn(e -> e.step().equals("CONFERENCE_HELD")).singleElement()
                .satisfies(e -> assertThat(e.explanation()).contains("implied by its handover"));
    }

    @Test
    void a_handover_published_before_its_case_entered_is_applied_when_the_case_enters() {
        String caseKey = coordinator.newCaseKeyIn(Arm::pilot);
        UUID conferenceId = MilestoneHandler.conferenceIdFor(caseKey);
        coordinator.publish(conferenceEvent(caseKey, days(4), new HandoverCreated(UUID.randomUUID(), conferenceId,
                "pilot-office", "0315", "4402")));
        coordinator.publish(week39Notice(caseKey, PERSON));

        coordinator.awaitState(caseKey, CaseState.HANDED_OVER);
        assertThat(cases.timeline(caseKey)).extracting(TimelineEntry::step)
                .containsSubsequence("ENTERED", "CONFERENCE_REQUESTED", "CONFERENCE_HELD", "HANDED_OVER");
    }

    @Test
    void a_control_case_is_clarified_by_a_return_to_work_and_a_later_death_is_refused_not_applied() {
        String caseKey = coordinator.newCaseKeyIn(arm -> !arm.pilot());
        coordinator.publish(week39Notice(caseKey, PERSON));
        coordinator.awaitState(caseKey, CaseState.ENTERED);

        coordinator.publish(milestone(caseKey, PERSON, SourceSystem.SYKEPENGER, MilestoneType.RETURNED_TO_WORK,
                MilestoneDetails.none(), days(30)));
        coordinator.awaitState(caseKey, CaseState.CLARIFIED);
        coordinator.publish(milestone(caseKey, PERSON, SourceSystem.FOLKEREGISTER, MilestoneType.DIED,
                MilestoneDetails.none(), days(90)));

        TimelineEntry refused = coordinator.awaitTimeline(caseKey, e -> e.step().equals("ENDED_BY_COMPETING_EVENT"));
        assertThat(refused.applied()).isFalse();
        assertThat(refused.explanation()).startsWith("refused: the case ended (CLARIFIED, RETURNED_TO_WORK)");
        assertThat(cases.find(caseKey).orElseThrow().state()).as("the end stays as it was")
                .isEqualTo(CaseState.CLARIFIED);
    }

    @Test
    void a_handover_for_a_control_case_is_refused_and_kept_in_the_timeline() {
        String caseKey = coordinator.newCaseKeyIn(arm -> !arm.pilot());
        coordinator.publish(week39Notice(caseKey, PERSON));
        coordinator.awaitState(caseKey, CaseState.ENTERED);

        coordinator.publish(conferenceEvent(caseKey, days(4), new HandoverCreated(UUID.randomUUID(), UUID.randomUUID(),
                "control", "0315", "4402")));

        TimelineEntry refused = coordinator.awaitTimeline(caseKey, e -> e.step().equals("HANDED_OVER"));
        assertThat(refused.applied()).isFalse();
        assertThat(refused.explanation()).contains("arm control has no conference");
        assertThat(cases.find(caseKey).orElseThrow().state()).isEqualTo(CaseState.ENTERED);
    }

    @Test
    void death_ends_the_case_as_a_competing_event() {
        String caseKey = newCaseKey();
        coordinator.publish(week39Notice(caseKey, PERSON));
        coordinator.publish(milestone(caseKey, PERSON, SourceSystem.FOLKEREGISTER, MilestoneType.DIED,
                MilestoneDetails.none(), days(20)));

        coordinator.awaitState(caseKey, CaseState.ENDED_BY_COMPETING_EVENT);
        assertThat(coordinator.published(caseKey, CaseEndedByCompetingEvent.class)).satisfies(event -> {
            assertThat(event.competingEvent()).isEqualTo(CompetingEvent.DIED);
            assertThat(event.endedOn()).isEqualTo(LocalDate.parse("2026-03-22"));
            assertThat(event.ruleId()).isEqualTo("competing-died");
        });
    }

    @Test
    void moving_to_an_office_outside_the_pilot_censors_the_case() {
        String caseKey = newCaseKey();
        coordinator.publish(week39Notice(caseKey, PERSON));
        coordinator.publish(milestone(caseKey, PERSON, SourceSystem.FOLKEREGISTER, MilestoneType.MOVED_OFFICE,
                new MilestoneDetails(null, null, null, null, null, null, "1103"), days(10)));

        coordinator.awaitState(caseKey, CaseState.CENSORED);
        assertThat(coordinator.published(caseKey, CaseCensored.class)).satisfies(event -> {
            assertThat(event.reason()).isEqualTo(CensoringReason.MOVED_OUTSIDE_PILOT);
            assertThat(event.facts()).containsEntry("newOffice", "1103");
        });
    }

    @Test
    void a_return_to_work_that_arrives_before_the_entering_notice_but_happened_after_it_clarifies_the_case() {
        String caseKey = newCaseKey();
        coordinator.publish(milestone(caseKey, PERSON, SourceSystem.SYKEPENGER, MilestoneType.RETURNED_TO_WORK,
                MilestoneDetails.none(), days(8)));
        coordinator.publish(week39Notice(caseKey, PERSON));

        PilotCase clarified = coordinator.awaitState(caseKey, CaseState.CLARIFIED);
        assertThat(clarified.indexDate()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(clarified.end().kind()).isEqualTo("RETURNED_TO_WORK");
    }

    @Test
    void a_late_milestone_that_would_have_entered_the_case_earlier_is_kept_but_does_not_move_the_index_date() {
        String caseKey = newCaseKey();
        coordinator.publish(week39Notice(caseKey, PERSON));
        coordinator.awaitState(caseKey, CaseState.CONFERENCE_REQUESTED, CaseState.ENTERED);

        coordinator.publish(milestone(caseKey, PERSON, SourceSystem.SYKEPENGER, MilestoneType.DIALOGUE_MEETING_2,
                new MilestoneDetails(LocalDate.parse("2026-05-26"), 64, null, null, null, null, null), days(-5)));

        TimelineEntry late = coordinator.awaitTimeline(caseKey, e -> e.step().equals("LATE_ELIGIBLE_MILESTONE"));
        assertThat(late.applied()).isFalse();
        assertThat(late.explanation()).contains("sykepenger-maxdate-near").contains("2026-02-25")
                .contains("index date 2026-03-02");
        assertThat(cases.find(caseKey).orElseThrow().indexDate()).isEqualTo(LocalDate.parse("2026-03-02"));
    }

    @Test
    void a_conference_requested_before_easter_is_escalated_after_ten_working_days_not_counting_the_holidays() {
        Instant mondayBeforeEaster = Instant.parse("2026-03-30T08:00:00Z");
        ConferenceEscalated escalated = escalationOfAConferenceRequestedAt(mondayBeforeEaster);

        assertThat(escalated.requestedOn()).isEqualTo(LocalDate.parse("2026-03-30"));
        assertThat(escalated.dueBy()).as("Maundy Thursday, Good Friday and Easter Monday do not count")
                .isEqualTo(LocalDate.parse("2026-04-16"));
        assertThat(escalated.explanation()).isEqualTo("escalated because: the conference requested on 2026-03-30 "
                + "was not held within 10 working days (due by 2026-04-16)");
    }

    @Test
    void a_conference_requested_before_christmas_is_escalated_after_new_year() {
        ConferenceEscalated escalated = escalationOfAConferenceRequestedAt(Instant.parse("2026-12-21T08:00:00Z"));

        assertThat(escalated.dueBy()).as("Christmas Day and New Year's Day do not count")
                .isEqualTo(LocalDate.parse("2027-01-06"));
    }

    @Test
    void a_conference_held_within_its_deadline_is_not_escalated() {
        // beyond the other tests' business time, so only this test's events move the clock past the deadline
        Instant requested = aMondayWellAfter(coordinator.businessNow());
        String caseKey = coordinator.newCaseKeyIn(Arm::pilot);
        coordinator.publish(milestone(caseKey, PERSON, SourceSystem.SYKEPENGER, MilestoneType.WEEK_39_NOTICE,
                new MilestoneDetails(null, 61, null, null, null, null, null), requested));
        UUID conferenceId = coordinator.awaitState(caseKey, CaseState.CONFERENCE_REQUESTED).conferenceId();
        coordinator.publish(conferenceEvent(caseKey, requested.plus(Duration.ofDays(2)),
                new ConferenceOutcomeRecorded( conferenceId, "pilot-office", "0315", "4402", "A plan", false, List.of(),
                null)));
        coordinator.awaitState(caseKey, CaseState.CONFERENCE_HELD);

        String later = newCaseKeyOnTheSamePartitionAs(caseKey);
        coordinator.publish(milestone(later, OTHER_PERSON, SourceSystem.SYKEPENGER, MilestoneType.WEEK_39_NOTICE,
                new MilestoneDetails(null, 61, null, null, null, null, null), requested.plus(Duration.ofDays(60))));
        coordinator.awaitState(later, CaseState.ENTERED, CaseState.CONFERENCE_REQUESTED);

        assertThat(cases.find(caseKey).orElseThrow().escalatedAt()).as("escalated at").isNull();
        assertThat(cases.timeline(caseKey)).extracting(TimelineEntry::step).doesNotContain("ESCALATED");
    }

    /** Enters a pilot case at {@code at}, then lets business time pass the deadline by a milestone of another case. */
    private ConferenceEscalated escalationOfAConferenceRequestedAt(Instant at) {
        String caseKey = coordinator.newCaseKeyIn(Arm::pilot);
        coordinator.publish(milestone(caseKey, PERSON, SourceSystem.SYKEPENGER, MilestoneType.WEEK_39_NOTICE,
                new MilestoneDetails(null, 61, null, null, null, null, null), at));
        coordinator.awaitState(caseKey, CaseState.CONFERENCE_REQUESTED);
        String later = newCaseKeyOnTheSamePartitionAs(caseKey);
        coordinator.publish(milestone(later, OTHER_PERSON, SourceSystem.SYKEPENGER, MilestoneType.SICK_LEAVE_STARTED,
                MilestoneDetails.none(), at.plus(Duration.ofDays(40))));

        EventEnvelope<?> escalation = coordinator.published(caseKey, e -> e.payload() instanceof ConferenceEscalated);
        ConferenceEscalated escalated = (ConferenceEscalated) escalation.payload();
        assertThat(escalation.occurredAt()).as("business time of the deadline: the start of the next day in Oslo")
                .isEqualTo(escalated.dueBy().plusDays(1).atStartOfDay(PilotCase.NORWAY).toInstant());
        return escalated;
    }

    private static Instant days(int days) {
        return MONDAY_2_MARCH.plus(Duration.ofDays(days));
    }
}

package no.nav.overgang.coordinator.cases;

import static no.nav.overgang.coordinator.cases.Cases.ENTERED_AT;
import static no.nav.overgang.coordinator.cases.Cases.controlCaseJustEntered;
import static no.nav.overgang.coordinator.cases.Cases.pilotCaseJustEntered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.nav.overgang.events.payload.CensoringReason;
import no.nav.overgang.events.payload.ClarificationOutcome;
import no.nav.overgang.events.payload.CompetingEvent;

/** A case's transitions: each returns a new case or refuses with a sentence a person can act on. */
class PilotCaseTest {

    private static final Instant IN_MAY = Instant.parse("2026-05-11T08:00:00Z");

    @Test
    void a_pilot_case_is_held_then_handed_over_then_clarified() {
        PilotCase clarified = pilotCaseJustEntered().conferenceHeld().handedOver().end(returnedToWork(IN_MAY));

        assertThat(clarified.state()).isEqualTo(CaseState.CLARIFIED);
        assertThat(clarified.end().kind()).isEqualTo("RETURNED_TO_WORK");
        assertThat(clarified.daysSinceIndex(IN_MAY.plus(Duration.ofDays(300))))
                .as("the clock stops at clarification").isEqualTo(70);
    }

    @Test
    void a_transition_returns_a_new_case_and_leaves_the_old_one_as_it_was() {
        PilotCase entered = pilotCaseJustEntered();

        PilotCase held = entered.conferenceHeld();

        assertThat(entered.state()).isEqualTo(CaseState.CONFERENCE_REQUESTED);
        assertThat(held.state()).isEqualTo(CaseState.CONFERENCE_HELD);
        assertThat(held.arm()).isEqualTo(entered.arm());
    }

    @Test
    void a_control_case_skips_the_conference_steps_and_is_clarified_straight_from_entered() {
        PilotCase clarified = controlCaseJustEntered().end(returnedToWork(IN_MAY));

        assertThat(clarified.state()).isEqualTo(CaseState.CLARIFIED);
    }

    @Test
    void a_control_case_cannot_have_a_conference_held() {
        assertThatThrownBy(() -> controlCaseJustEntered().conferenceHeld())
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("a case in arm control has no conference, so it cannot have a conference held");
    }

    @Test
    void a_control_case_cannot_be_handed_over() {
        assertThatThrownBy(() -> controlCaseJustEntered().handedOver())
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("arm control has no conference");
    }

    @Test
    void a_clarified_case_cannot_end_again_by_a_later_death() {
        PilotCase clarified = pilotCaseJustEntered().end(returnedToWork(IN_MAY));
        var died = new CaseEnd.CompetingEnd(CompetingEvent.DIED, IN_MAY.plus(Duration.ofDays(30)), "competing-died", 2,
                Map.of(), "ended because: died");

        assertThatThrownBy(() -> clarified.end(died))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("the case ended (CLARIFIED, RETURNED_TO_WORK) on 2026-05-11 and cannot end again as DIED; "
                        + "an end is final");
    }

    @Test
    void a_censored_case_cannot_have_its_conference_held_afterwards() {
        PilotCase censored = pilotCaseJustEntered().end(new CaseEnd.Censoring(CensoringReason.EMIGRATED, IN_MAY,
                "censored-emigrated", 2, Map.of(), "censored because: emigrated"));

        assertThatThrownBy(censored::conferenceHeld).isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("CENSORED, EMIGRATED");
    }

    @Test
    void an_end_before_the_case_entered_is_refused_for_review() {
        assertThatThrownBy(() -> pilotCaseJustEntered().end(returnedToWork(ENTERED_AT.minus(Duration.ofDays(3)))))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("RETURNED_TO_WORK on 2026-02-27 happened before the case entered the cohort on 2026-03-02");
    }

    @Test
    void a_handover_cannot_come_before_the_conference_was_held() {
        assertThatThrownBy(() -> pilotCaseJustEntered().handedOver())
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("a case cannot move from CONFERENCE_REQUESTED to HANDED_OVER");
    }

    @Test
    void a_cancelled_conference_takes_the_case_back_to_entered_and_stops_its_deadline() {
        Instant cancelled = ENTERED_AT.plus(Duration.ofDays(3));
        Instant again = ENTERED_AT.plus(Duration.ofDays(10));

        PilotCase back = pilotCaseJustEntered().conferenceCancelled(cancelled, again);

        assertThat(back.state()).isEqualTo(CaseState.ENTERED);
        assertThat(back.conferenceSettledAt()).isEqualTo(cancelled);
        assertThat(back.rerequestDueAt()).isEqualTo(again);
        assertThat(back.conferenceAttempt()).isEqualTo(1);
    }

    @Test
    void a_new_conference_after_a_cancelled_one_is_the_next_attempt_with_its_own_deadline() {
        UUID second = UUID.fromString("0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f");
        Instant requested = ENTERED_AT.plus(Duration.ofDays(10));
        Instant due = ENTERED_AT.plus(Duration.ofDays(24));
        PilotCase back = pilotCaseJustEntered().conferenceCancelled(ENTERED_AT.plus(Duration.ofDays(3)), requested);

        PilotCase again = back.conferenceRequestedAgain(second, requested, due);

        assertThat(again.state()).isEqualTo(CaseState.CONFERENCE_REQUESTED);
        assertThat(again.conferenceId()).isEqualTo(second);
        assertThat(again.conferenceAttempt()).isEqualTo(2);
        assertThat(again.conferenceRequestedAt()).isEqualTo(requested);
        assertThat(again.escalationDueAt()).isEqualTo(due);
        assertThat(again.conferenceSettledAt()).isNull();
        assertThat(again.rerequestDueAt()).isNull();
    }

    @Test
    void a_conference_that_was_held_cannot_be_cancelled() {
        assertThatThrownBy(() -> pilotCaseJustEntered().conferenceHeld().conferenceCancelled(ENTERED_AT, null))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("a case cannot move from CONFERENCE_HELD to ENTERED");
    }

    @Test
    void a_control_case_has_no_conference_to_cancel() {
        assertThatThrownBy(() -> controlCaseJustEntered().conferenceCancelled(ENTERED_AT, null))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("a case in arm control has no conference, so it cannot have a conference cancelled");
    }

    @Test
    void days_since_index_of_an_open_case_count_in_business_time() {
        assertThat(pilotCaseJustEntered().daysSinceIndex(Instant.parse("2026-03-12T10:00:00Z"))).isEqualTo(10);
    }

    private static CaseEnd returnedToWork(Instant at) {
        return new CaseEnd.Clarification(ClarificationOutcome.RETURNED_TO_WORK, at, "clarified-returned-to-work", 2,
                Map.of("milestone", "RETURNED_TO_WORK"), "clarified because: returned to work");
    }
}

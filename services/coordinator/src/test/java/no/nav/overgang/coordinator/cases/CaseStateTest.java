package no.nav.overgang.coordinator.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case state machine on its own: which moves exist at all. Arm-specific rules are in {@link PilotCaseTest}. */
class CaseStateTest {

    @Test
    void a_pilot_case_walks_from_entered_to_handed_over() {
        CaseState state = CaseState.ENTERED.moveTo(CaseState.CONFERENCE_REQUESTED)
                .moveTo(CaseState.CONFERENCE_HELD).moveTo(CaseState.HANDED_OVER);

        assertThat(state).isEqualTo(CaseState.HANDED_OVER);
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"ENTERED", "CONFERENCE_REQUESTED", "CONFERENCE_HELD", "HANDED_OVER"})
    void every_open_case_can_be_clarified_ended_by_a_competing_event_or_censored(CaseState open) {
        assertThat(open.moveTo(CaseState.CLARIFIED)).isEqualTo(CaseState.CLARIFIED);
        assertThat(open.moveTo(CaseState.ENDED_BY_COMPETING_EVENT)).isEqualTo(CaseState.ENDED_BY_COMPETING_EVENT);
        assertThat(open.moveTo(CaseState.CENSORED)).isEqualTo(CaseState.CENSORED);
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"CLARIFIED", "ENDED_BY_COMPETING_EVENT", "CENSORED"})
    void an_ended_case_never_moves_again(CaseState ended) {
        for (CaseState target : CaseState.values()) {
            assertThatThrownBy(() -> ended.moveTo(target)).as("%s to %s", ended, target)
                    .isInstanceOf(IllegalCaseTransitionException.class);
        }
    }

    @Test
    void a_case_whose_requested_conference_is_cancelled_goes_back_to_entered() {
        assertThat(CaseState.CONFERENCE_REQUESTED.moveTo(CaseState.ENTERED)).isEqualTo(CaseState.ENTERED);
    }

    @Test
    void a_case_whose_conference_was_held_cannot_go_back_to_merely_entered() {
        assertThatThrownBy(() -> CaseState.CONFERENCE_HELD.moveTo(CaseState.ENTERED))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("a case cannot move from CONFERENCE_HELD to ENTERED");
    }

    @Test
    void a_conference_is_requested_once_not_twice() {
        assertThatThrownBy(() -> CaseState.CONFERENCE_REQUESTED.moveTo(CaseState.CONFERENCE_REQUESTED))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("CONFERENCE_REQUESTED to CONFERENCE_REQUESTED");
    }

    @Test
    void a_conference_cannot_be_held_before_it_was_requested() {
        assertThatThrownBy(() -> CaseState.ENTERED.moveTo(CaseState.CONFERENCE_HELD))
                .isInstanceOf(IllegalCaseTransitionException.class);
    }

    @Test
    void a_handover_cannot_skip_the_conference() {
        assertThatThrownBy(() -> CaseState.CONFERENCE_REQUESTED.moveTo(CaseState.HANDED_OVER))
                .isInstanceOf(IllegalCaseTransitionException.class);
    }

    @Test
    void a_case_does_not_enter_the_cohort_twice() {
        assertThatThrownBy(() -> CaseState.ENTERED.moveTo(CaseState.ENTERED))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("ENTERED to ENTERED");
    }
}

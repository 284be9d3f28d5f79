package no.nav.overgang.coordinator.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseStateTest {

    @Test
    void an_entered_pilot_case_moves_on_to_conference_requested() {
        assertThat(CaseState.ENTERED.moveTo(CaseState.CONFERENCE_REQUESTED)).isEqualTo(CaseState.CONFERENCE_REQUESTED);
    }

    @Test
    void a_case_with_a_requested_conference_cannot_go_back_to_merely_entered() {
        assertThatThrownBy(() -> CaseState.CONFERENCE_REQUESTED.moveTo(CaseState.ENTERED))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("a case cannot move from CONFERENCE_REQUESTED to ENTERED");
    }

    @Test
    void a_conference_is_requested_once_not_twice() {
        assertThatThrownBy(() -> CaseState.CONFERENCE_REQUESTED.moveTo(CaseState.CONFERENCE_REQUESTED))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("CONFERENCE_REQUESTED to CONFERENCE_REQUESTED");
    }

    @Test
    void a_case_does_not_enter_the_cohort_twice() {
        assertThatThrownBy(() -> CaseState.ENTERED.moveTo(CaseState.ENTERED))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("ENTERED to ENTERED");
    }
}

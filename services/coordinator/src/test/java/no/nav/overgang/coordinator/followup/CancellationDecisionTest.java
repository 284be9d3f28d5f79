package no.nav.overgang.coordinator.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.nav.overgang.coordinator.followup.ConferenceCancelledHandler.Decision;
import no.nav.overgang.events.payload.CancellationReason;
import no.nav.overgang.events.payload.ConferenceCancelled;

/** What the office's coded cancellation reason means for the case (docs/PILOT.md, "Cancelled conferences"). */
class CancellationDecisionTest {

    @ParameterizedTest
    @EnumSource(value = CancellationReason.class, names = {"CASE_RESOLVED", "DUPLICATE"})
    void a_case_resolved_before_the_meeting_or_a_duplicate_meeting_asks_for_no_new_conference(
            CancellationReason reason) {
        Decision decision = Decision.of(cancelled(reason));

        assertThat(decision.mayRequestAgain()).isFalse();
        assertThat(decision.explained()).startsWith("reason " + reason.name() + ": the office says the case");
    }

    @ParameterizedTest
    @EnumSource(value = CancellationReason.class, names = {"PARTICIPANT_UNAVAILABLE", "PERSON_UNAVAILABLE", "OTHER"})
    void a_cancellation_for_any_other_reason_lets_a_new_conference_be_requested(CancellationReason reason) {
        assertThat(Decision.of(cancelled(reason)).mayRequestAgain()).isTrue();
    }

    @Test
    void a_version_1_event_without_a_code_is_read_as_before_codes_existed() {
        Decision decision = Decision.of(cancelled(null));

        assertThat(decision.mayRequestAgain()).isTrue();
        assertThat(decision.explained())
                .isEqualTo("reason NOT_CODED: no coded reason (an event from before reasons were coded)");
    }

    @ParameterizedTest
    @EnumSource(CancellationReason.class)
    void the_decision_survives_the_timeline_facts_it_is_kept_in(CancellationReason reason) {
        Decision decision = Decision.of(reason);

        assertThat(Decision.fromFacts(Map.of(Decision.FACT, decision.fact()))).isEqualTo(decision);
        Decision notCoded = Decision.of((CancellationReason) null);
        assertThat(Decision.fromFacts(Map.of(Decision.FACT, "NOT_CODED"))).isEqualTo(notCoded);
        assertThat(Decision.fromFacts(Map.of())).isEqualTo(notCoded);
    }

    private static ConferenceCancelled cancelled(CancellationReason reason) {
        return new ConferenceCancelled(UUID.randomUUID(), "pilot-office", "0315", "4402", reason);
    }
}

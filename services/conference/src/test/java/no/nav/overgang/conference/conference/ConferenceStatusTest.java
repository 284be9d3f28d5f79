package no.nav.overgang.conference.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import no.nav.overgang.platform.web.ConflictException;

class ConferenceStatusTest {

    @Test
    void a_requested_conference_is_scheduled_rescheduled_held_and_then_gets_its_outcome() {
        ConferenceStatus scheduled = ConferenceStatus.REQUESTED.moveTo(ConferenceStatus.SCHEDULED);
        ConferenceStatus rescheduled = scheduled.moveTo(ConferenceStatus.RESCHEDULED);
        ConferenceStatus movedAgain = rescheduled.moveTo(ConferenceStatus.RESCHEDULED);
        ConferenceStatus held = movedAgain.moveTo(ConferenceStatus.HELD);

        assertThat(held.moveTo(ConferenceStatus.OUTCOME_RECORDED)).isEqualTo(ConferenceStatus.OUTCOME_RECORDED);
        assertThat(ConferenceStatus.SCHEDULED.moveTo(ConferenceStatus.HELD)).isEqualTo(ConferenceStatus.HELD);
    }

    @Test
    void an_outcome_for_a_conference_not_yet_held_is_refused_and_the_message_says_what_comes_first() {
        assertThatThrownBy(() -> ConferenceStatus.REQUESTED.moveTo(ConferenceStatus.OUTCOME_RECORDED))
                .isInstanceOf(IllegalConferenceMoveException.class)
                .isInstanceOf(ConflictException.class)
                .hasMessage("Møtet er bestilt, men ennå ikke berammet, og kan ikke få registrert utfall. "
                        + "Beram møtet og marker det som holdt først.");
        assertThatThrownBy(() -> ConferenceStatus.SCHEDULED.moveTo(ConferenceStatus.OUTCOME_RECORDED))
                .hasMessage("Møtet er berammet, og kan ikke få registrert utfall. Marker møtet som holdt først.");
    }

    @Test
    void a_requested_conference_is_not_held_before_it_is_scheduled() {
        assertThatThrownBy(() -> ConferenceStatus.REQUESTED.moveTo(ConferenceStatus.HELD))
                .hasMessage("Møtet er bestilt, men ennå ikke berammet, og kan ikke markeres som holdt. "
                        + "Beram det først: alle tre deltakerne må godta et møtetidspunkt.");
    }

    @Test
    void a_scheduled_or_rescheduled_conference_can_still_be_cancelled() {
        assertThat(ConferenceStatus.SCHEDULED.moveTo(ConferenceStatus.CANCELLED)).isEqualTo(ConferenceStatus.CANCELLED);
        assertThat(ConferenceStatus.RESCHEDULED.moveTo(ConferenceStatus.CANCELLED))
                .isEqualTo(ConferenceStatus.CANCELLED);
    }

    @Test
    void a_finished_conference_cannot_be_held_again() {
        assertThatThrownBy(() -> ConferenceStatus.OUTCOME_RECORDED.moveTo(ConferenceStatus.HELD))
                .isInstanceOf(IllegalConferenceMoveException.class)
                .hasMessage("Møtet er avsluttet med utfall, og kan ikke markeres som holdt.");
    }

    @Test
    void a_requested_conference_can_be_cancelled_but_a_cancelled_one_is_not_held() {
        assertThat(ConferenceStatus.REQUESTED.moveTo(ConferenceStatus.CANCELLED)).isEqualTo(ConferenceStatus.CANCELLED);
        assertThatThrownBy(() -> ConferenceStatus.CANCELLED.moveTo(ConferenceStatus.HELD))
                .isInstanceOf(IllegalConferenceMoveException.class)
                .hasMessage("Møtet er avlyst, og kan ikke markeres som holdt.");
    }

    @Test
    void a_held_conference_cannot_be_cancelled_any_more() {
        assertThatThrownBy(() -> ConferenceStatus.HELD.moveTo(ConferenceStatus.CANCELLED))
                .isInstanceOf(IllegalConferenceMoveException.class)
                .hasMessage("Møtet er holdt, og kan ikke avlyses. Registrer utfallet i stedet.");
    }
}

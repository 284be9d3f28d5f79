package no.nav.overgang.conference.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.nav.overgang.events.payload.ParticipantRole;

class SlotProposalsTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant REQUESTED = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate SCHEDULE_BY = LocalDate.parse("2026-03-16");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-03-04T12:00:00Z");
    private static final Instant SATURDAY = Instant.parse("2026-03-07T09:00:00Z");
    private static final Instant TOO_LATE = Instant.parse("2026-03-17T09:00:00Z");

    @Test
    void proposes_the_times_all_three_declared_within_the_days_left_to_schedule_earliest_first() {
        var availability = Map.of(
                ParticipantRole.NAV_OFFICE, List.of(WEDNESDAY, TUESDAY, SATURDAY, TOO_LATE),
                ParticipantRole.BENEFITS_UNIT, List.of(TUESDAY, WEDNESDAY, SATURDAY, TOO_LATE),
                ParticipantRole.MEDICAL_ADVISER, List.of(WEDNESDAY, TUESDAY, SATURDAY, TOO_LATE));

        assertThat(SlotProposals.propose(availability, REQUESTED, SCHEDULE_BY, OSLO, 3))
                .as("shared working-day times up to 16 March").containsExactly(TUESDAY, WEDNESDAY);
    }

    @Test
    void a_time_one_role_has_not_declared_is_not_proposed() {
        var availability = Map.of(
                ParticipantRole.NAV_OFFICE, List.of(TUESDAY, WEDNESDAY),
                ParticipantRole.BENEFITS_UNIT, List.of(TUESDAY, WEDNESDAY),
                ParticipantRole.MEDICAL_ADVISER, List.of(WEDNESDAY));

        assertThat(SlotProposals.propose(availability, REQUESTED, SCHEDULE_BY, OSLO, 3)).containsExactly(WEDNESDAY);
    }

    @Test
    void nothing_is_proposed_until_every_role_has_declared_and_nothing_in_the_past() {
        assertThat(SlotProposals.propose(Map.of(ParticipantRole.NAV_OFFICE, List.of(TUESDAY)), REQUESTED,
                SCHEDULE_BY, OSLO, 3)).isEmpty();
        var everyone = Map.of(ParticipantRole.NAV_OFFICE, List.of(TUESDAY),
                ParticipantRole.BENEFITS_UNIT, List.of(TUESDAY), ParticipantRole.MEDICAL_ADVISER, List.of(TUESDAY));
        assertThat(SlotProposals.propose(everyone, WEDNESDAY, SCHEDULE_BY, OSLO, 3)).as("after Tuesday").isEmpty();
    }
}

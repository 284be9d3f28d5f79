package no.nav.overgang.conference.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Test
    void proposes_starts_where_a_whole_meeting_fits_in_a_window_of_all_three_earliest_first() {
        // Tuesday 3 March, Oslo time (UTC+1): office 09:00-12:00, unit 10:15-13:00, adviser 08:00-11:45; all three
        // share 10:15-11:45, where an hour fits from 10:30 (on the half hour), but not from 11:00
        var availability = Map.of(
                ParticipantRole.NAV_OFFICE, List.of(window("2026-03-03T08:00:00Z", "2026-03-03T11:00:00Z")),
                ParticipantRole.BENEFITS_UNIT, List.of(window("2026-03-03T09:15:00Z", "2026-03-03T12:00:00Z")),
                ParticipantRole.MEDICAL_ADVISER, List.of(window("2026-03-03T07:00:00Z", "2026-03-03T10:45:00Z")));

        assertThat(SlotProposals.propose(availability, REQUESTED, SCHEDULE_BY, OSLO, HOUR, HALF_HOUR, 3))
                .containsExactly(Instant.parse("2026-03-03T09:30:00Z"));
    }

    @Test
    void windows_of_one_role_are_joined_and_proposals_stop_at_three_on_working_days_before_the_deadline() {
        var wholeFortnight = List.of(window("2026-03-07T08:00:00Z", "2026-03-07T16:00:00Z"), // a Saturday
                window("2026-03-09T08:00:00Z", "2026-03-09T09:00:00Z"),
                window("2026-03-09T09:00:00Z", "2026-03-09T10:00:00Z"),
                window("2026-03-17T08:00:00Z", "2026-03-17T16:00:00Z")); // after the last day to schedule
        var availability = Map.of(ParticipantRole.NAV_OFFICE, wholeFortnight,
                ParticipantRole.BENEFITS_UNIT, wholeFortnight, ParticipantRole.MEDICAL_ADVISER, wholeFortnight);

        assertThat(SlotProposals.propose(availability, REQUESTED, SCHEDULE_BY, OSLO, HOUR, HALF_HOUR, 3))
                .as("Monday 9 March 09:00-11:00 Oslo time, joined from two windows")
                .containsExactly(Instant.parse("2026-03-09T08:00:00Z"), Instant.parse("2026-03-09T08:30:00Z"),
                        Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(SlotProposals.propose(availability, REQUESTED, LocalDate.parse("2026-03-20"), OSLO, HOUR,
                HALF_HOUR, 10)).as("a later deadline reaches 17 March; never the Saturday")
                .contains(Instant.parse("2026-03-17T08:00:00Z"))
                .noneMatch(slot -> slot.atZone(OSLO).toLocalDate().equals(LocalDate.parse("2026-03-07")));
    }

    @Test
    void nothing_is_proposed_until_every_role_has_declared_nor_when_the_meeting_does_not_fit_nor_in_the_past() {
        var tuesday = List.of(window("2026-03-03T08:00:00Z", "2026-03-03T09:00:00Z"));
        assertThat(SlotProposals.propose(Map.of(ParticipantRole.NAV_OFFICE, tuesday), REQUESTED, SCHEDULE_BY, OSLO,
                HOUR, HALF_HOUR, 3)).isEmpty();
        var everyone = Map.of(ParticipantRole.NAV_OFFICE, tuesday, ParticipantRole.BENEFITS_UNIT, tuesday,
                ParticipantRole.MEDICAL_ADVISER, tuesday);
        assertThat(SlotProposals.propose(everyone, REQUESTED, SCHEDULE_BY, OSLO, HOUR, HALF_HOUR, 3))
                .containsExactly(Instant.parse("2026-03-03T08:00:00Z"));
        assertThat(SlotProposals.propose(everyone, REQUESTED, SCHEDULE_BY, OSLO, Duration.ofMinutes(90), HALF_HOUR,
                3)).as("a 90-minute meeting does not fit an hour").isEmpty();
        assertThat(SlotProposals.propose(everyone, Instant.parse("2026-03-03T08:10:00Z"), SCHEDULE_BY, OSLO, HOUR,
                HALF_HOUR, 3)).as("after the window has started").isEmpty();
    }

    private static Window window(String from, String to) {
        return new Window(Instant.parse(from), Instant.parse(to));
    }
}

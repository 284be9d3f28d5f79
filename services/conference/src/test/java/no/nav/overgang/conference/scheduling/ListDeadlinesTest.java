package no.nav.overgang.conference.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.nav.overgang.conference.conference.CaseConference;
import no.nav.overgang.conference.conference.ConferenceStatus;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.platform.clock.BusinessClock;

/** A list's deadlines, counted once per request day, agree with the deadlines of one conference. */
class ListDeadlinesTest {

    /** Business time: Monday 23 March 2026; Easter (Maundy Thursday to Easter Monday) falls in the ten days after. */
    private static final Instant NOW = Instant.parse("2026-03-23T10:00:00Z");

    private final ConferenceDeadlines deadlines = new ConferenceDeadlines(new SchedulingProperties(10,
            ZoneId.of("Europe/Oslo"), Duration.ofHours(1), Duration.ofMinutes(30)), new BusinessClock(null) {
                @Override
                public Instant now() {
                    return NOW;
                }
            });

    @Test
    void every_conference_of_a_list_gets_the_deadline_and_overdue_mark_it_gets_alone() {
        List<CaseConference> conferences = List.of(
                conference(ConferenceStatus.REQUESTED, "2026-03-02T08:00:00Z"),
                conference(ConferenceStatus.REQUESTED, "2026-03-02T15:00:00Z"),
                conference(ConferenceStatus.SCHEDULED, "2026-03-02T09:00:00Z"),
                conference(ConferenceStatus.REQUESTED, "2026-03-23T08:00:00Z"),
                conference(ConferenceStatus.REQUESTED, "2026-03-28T08:00:00Z"));
        ConferenceDeadlines.ListDeadlines list = deadlines.forList();

        for (CaseConference conference : conferences) {
            assertThat(list.scheduleBy(conference)).isEqualTo(deadlines.scheduleBy(conference));
            assertThat(list.isOverdue(conference)).isEqualTo(deadlines.isOverdue(conference));
        }
        assertThat(conferences).extracting(list::isOverdue).containsExactly(true, true, false, false, false);
        assertThat(list.scheduleBy(conferences.get(3))).hasToString("2026-04-09"); // after Easter Monday, 6 April
    }

    private static CaseConference conference(ConferenceStatus status, String requestedAt) {
        return new CaseConference(UUID.randomUUID(), "sak", "15436840087", "0315", "4402", "pilot-office",
                MeasuresAuthority.NAV_OFFICE, status, Instant.parse(requestedAt), "Pilot", List.of(), null, null,
                null, null, null, new CaseConference.EventChain(UUID.randomUUID(), UUID.randomUUID()));
    }
}

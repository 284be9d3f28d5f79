package no.nav.overgang.conference.scheduling;

import static no.nav.overgang.conference.ConferenceApi.adviserAt;
import static no.nav.overgang.conference.ConferenceApi.json;
import static no.nav.overgang.conference.ConferenceEvents.conferenceRequested;
import static no.nav.overgang.conference.ConferenceEvents.created;
import static no.nav.overgang.conference.ConferenceEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.nav.overgang.conference.ConferenceApi;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** Overdue is measured on business time: only the events the service has processed move it, never the wall clock. */
@ServiceTest
class OverdueConferenceTest {

    private static final String OFFICE = "0312";

    @LocalServerPort
    int port;

    @Autowired
    BusinessClock businessClock;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_conference_not_scheduled_within_ten_working_days_becomes_overdue_when_business_time_passes_the_deadline() {
        // a Monday a year after anything seen so far, so this test owns the business time it moves
        Instant monday = businessClock.now().plus(366, ChronoUnit.DAYS).atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(9, 0).toInstant(ZoneOffset.UTC);
        UUID late = request(monday);
        UUID scheduledInTime = request(monday);
        new ConferenceApi(port).schedule(scheduledInTime, OFFICE, "4402");

        JsonNode beforeDeadline = row(late);
        assertThat(beforeDeadline.get("overdue").asBoolean()).as("overdue on the day it was requested").isFalse();
        assertThat(beforeDeadline.get("scheduleBy").asString())
                .isEqualTo(monday.atZone(ZoneOffset.UTC).toLocalDate().plusDays(14).toString());

        // another case's request fifteen days later moves business time past the deadline (ten working days)
        UUID later = request(monday.plus(15, ChronoUnit.DAYS));

        assertThat(row(late).get("overdue").asBoolean()).as("requested, not scheduled, deadline passed").isTrue();
        assertThat(row(scheduledInTime).get("overdue").asBoolean()).as("scheduled in time").isFalse();
        assertThat(row(later).get("overdue").asBoolean()).as("requested today").isFalse();
    }

    private UUID request(Instant at) {
        return created(probe, conferenceRequested(newCaseKey(), OFFICE, "24516240071", MeasuresAuthority.NAV_OFFICE,
                at)).payload().conferenceId();
    }

    private JsonNode row(UUID id) {
        var list = json(new ConferenceApi(port).get("/api/conferences", adviserAt(OFFICE, "Z990401")));
        for (JsonNode row : list) {
            if (row.get("id").asString().equals(id.toString())) {
                return row;
            }
        }
        throw new AssertionError("conference " + id + " not in the list of office " + OFFICE);
    }
}

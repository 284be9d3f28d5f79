package no.nav.overgang.conference.history;

import static no.nav.overgang.conference.ConferenceApi.adviserAt;
import static no.nav.overgang.conference.ConferenceApi.json;
import static no.nav.overgang.conference.ConferenceEvents.announced;
import static no.nav.overgang.conference.ConferenceEvents.conferenceRequested;
import static no.nav.overgang.conference.ConferenceEvents.created;
import static no.nav.overgang.conference.ConferenceEvents.newCaseKey;
import static no.nav.overgang.conference.ConferenceEvents.publishCaseEvent;
import static no.nav.overgang.conference.ConferenceEvents.publishMilestone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import no.nav.overgang.conference.ConferenceApi;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * The case's milestones and the coordinator's explanations reach the conference (API) and the handover package
 * (the outcome event), without the national id; a case assigned the control arm leaves no history behind.
 */
@ServiceTest
class CaseHistoryTest {

    private static final String PERSON = "24516240071";
    private static final String CONTROL_PERSON = "02447140090";

    @LocalServerPort
    int port;

    @Autowired
    BusinessClock businessClock;

    @Autowired
    JdbcTemplate jdbc;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void the_milestones_and_explanations_show_on_the_conference_and_travel_in_the_outcome_without_the_national_id() {
        Instant start = businessClock.now().truncatedTo(ChronoUnit.SECONDS);
        String caseKey = newCaseKey();
        publishMilestone(probe, caseKey, PERSON, MilestoneType.SICK_LEAVE_STARTED, MilestoneDetails.none(),
                start.minus(270, ChronoUnit.DAYS));
        publishMilestone(probe, caseKey, PERSON, MilestoneType.WEEK_39_NOTICE, new MilestoneDetails(
                LocalDate.parse("2026-05-26"), 61, null, null, null, null, null), start);
        publishCaseEvent(probe, caseKey, new CaseEnteredCohort(SourceSystem.SYKEPENGER, "0315",
                LocalDate.ofInstant(start, java.time.ZoneOffset.UTC), "sykepenger-week39", 1,
                Map.of("remainingBenefitDays", "61"), "entered because: week-39 notice; 61 benefit days left",
                "SYKEPENGER|0315"), start);
        var request = created(probe, conferenceRequested(caseKey, "0315", PERSON, MeasuresAuthority.NAV_OFFICE,
                start));
        var api = new ConferenceApi(port);
        String path = "/api/conferences/" + request.payload().conferenceId();

        JsonNode history = await().atMost(Duration.ofSeconds(30)).until(
                () -> json(api.get(path, adviserAt("0315", "Z990401"))).get("caseHistory"), h -> h.size() == 3);

        assertThat(history).extracting(e -> e.get("eventType").asString())
                .containsExactly("MilestoneRecorded", "MilestoneRecorded", "CaseEnteredCohort");
        assertThat(history.get(0).get("milestone").asString()).isEqualTo("SICK_LEAVE_STARTED");
        assertThat(history.get(1).get("details").get("remainingBenefitDays").asInt()).isEqualTo(61);
        assertThat(history.get(2).get("explanation").asString()).contains("61 benefit days left");
        assertThat(history.toString()).doesNotContain(PERSON);
        assertThat(jdbc.queryForList("SELECT * FROM case_history WHERE case_key = ?", caseKey).toString())
                .doesNotContain(PERSON);

        api.hold(request.payload().conferenceId(), "0315", "4402");
        api.post(path + "/outcome", adviserAt("0315", "Z990401"), ConferenceApi.OUTCOME);
        var outcome = (ConferenceOutcomeRecorded) announced(probe, request.payload().conferenceId(),
                "ConferenceOutcomeRecorded", 1).getFirst().payload();
        assertThat(outcome.caseHistory()).extracting(e -> e.milestone() == null ? e.eventType() : e.milestone().name())
                .containsExactly("SICK_LEAVE_STARTED", "WEEK_39_NOTICE", "CaseEnteredCohort");
    }

    @Test
    void a_case_assigned_the_control_arm_keeps_no_history_not_even_of_milestones_that_come_later() {
        Instant start = businessClock.now().truncatedTo(ChronoUnit.SECONDS);
        String control = newCaseKey();
        String pilot = newCaseKey();
        publishMilestone(probe, control, CONTROL_PERSON, MilestoneType.WEEK_39_NOTICE, MilestoneDetails.none(), start);
        publishMilestone(probe, pilot, PERSON, MilestoneType.WEEK_39_NOTICE, MilestoneDetails.none(), start);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(control) == 1 && rows(pilot) == 1);

        publishCaseEvent(probe, control, new ArmAssigned("control", false, null, "keyed-hash", 1,
                "SYKEPENGER|0315"), start);
        UUID later = publishMilestone(probe, control, CONTROL_PERSON, MilestoneType.RETURNED_TO_WORK,
                MilestoneDetails.none(), start.plusSeconds(60));
        publishMilestone(probe, pilot, PERSON, MilestoneType.MAX_DATE_REACHED, MilestoneDetails.none(),
                start.plusSeconds(60));

        await().atMost(Duration.ofSeconds(30)).until(() -> rows(pilot) == 2 && jdbc.queryForObject(
                "SELECT count(*) FROM inbox WHERE event_id = ?", Integer.class, later) == 1);
        assertThat(rows(control)).as("forgotten at the arm assignment, and the later milestone not kept").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM non_pilot_case WHERE case_key = ?", Integer.class,
                control)).isEqualTo(1);
    }

    private int rows(String caseKey) {
        return jdbc.queryForObject("SELECT count(*) FROM case_history WHERE case_key = ?", Integer.class, caseKey);
    }
}

package no.nav.overgang.conference.conference;

import static no.nav.overgang.conference.ConferenceApi.ACCEPTED;
import static no.nav.overgang.conference.ConferenceApi.MEETING;
import static no.nav.overgang.conference.ConferenceApi.OUTCOME;
import static no.nav.overgang.conference.ConferenceApi.adviserAt;
import static no.nav.overgang.conference.ConferenceApi.caseworkerAt;
import static no.nav.overgang.conference.ConferenceApi.json;
import static no.nav.overgang.conference.ConferenceApi.medicalAdviserIn;
import static no.nav.overgang.conference.ConferenceEvents.announced;
import static no.nav.overgang.conference.ConferenceEvents.conferenceRequested;
import static no.nav.overgang.conference.ConferenceEvents.created;
import static no.nav.overgang.conference.ConferenceEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.nav.overgang.conference.ConferenceApi;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.payload.CancellationReason;
import no.nav.overgang.events.payload.ConferenceCancelled;
import no.nav.overgang.platform.clock.WorkingDays;
import no.nav.overgang.events.payload.ConferenceScheduled;
import no.nav.overgang.events.payload.InvitationAnswer;
import no.nav.overgang.events.payload.InvitationAnswered;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** Scheduling: the office proposes a time, each role answers, all three accepting schedules it; then the lifecycle. */
@ServiceTest
class ConferenceSchedulingTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String OFFICE = "0315";
    private static final String UNIT = "4402";
    private static final String ADVISER = adviserAt(OFFICE, "Z990401");
    private static final String CASEWORKER = caseworkerAt(UNIT, "Z990403");
    private static final String MEDICAL_ADVISER = medicalAdviserIn("rol-pool", "Z990601");

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    BusinessClock businessClock;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();
    private ConferenceApi api;

    @BeforeEach
    void connect() {
        api = new ConferenceApi(port);
    }

    @Test
    void the_conference_is_scheduled_when_the_office_the_benefits_unit_and_the_medical_adviser_have_all_accepted() {
        UUID id = newConference();

        var proposed = api.post(path(id, "meeting"), ADVISER, MEETING);
        assertThat(proposed.getStatusCode().value()).isEqualTo(200);
        assertThat(json(proposed).get("status").asString()).isEqualTo("REQUESTED");
        assertThat(answers(json(proposed))).containsExactlyInAnyOrder(
                Tuple.tuple("NAV_OFFICE", "ACCEPTED"), Tuple.tuple("BENEFITS_UNIT", "PENDING"),
                Tuple.tuple("MEDICAL_ADVISER", "PENDING"));

        var byUnit = api.post(answerPath(id, ParticipantRole.BENEFITS_UNIT), CASEWORKER, ACCEPTED);
        assertThat(json(byUnit).get("status").asString()).as("two of three accepted").isEqualTo("REQUESTED");

        var byMedicalAdviser = api.post(answerPath(id, ParticipantRole.MEDICAL_ADVISER), MEDICAL_ADVISER, ACCEPTED);
        JsonNode scheduled = json(byMedicalAdviser);
        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.get("meeting").get("place").asString()).isEqualTo("NAV Grünerløkka, møterom 2");
        assertThat(scheduled.get("meeting").get("videoLink").asString()).startsWith("https://");

        assertThat(announced(probe, id, "InvitationAnswered", 3)).extracting(e -> (InvitationAnswered) e.payload())
                .extracting(InvitationAnswered::role, InvitationAnswered::answer)
                .containsExactly(Tuple.tuple(ParticipantRole.NAV_OFFICE, InvitationAnswer.ACCEPTED),
                        Tuple.tuple(ParticipantRole.BENEFITS_UNIT, InvitationAnswer.ACCEPTED),
                        Tuple.tuple(ParticipantRole.MEDICAL_ADVISER, InvitationAnswer.ACCEPTED));
        assertThat(announced(probe, id, "ConferenceScheduled", 1)).singleElement().satisfies(event ->
                assertThat(event.payload()).isEqualTo(new ConferenceScheduled(id, "pilot-office", OFFICE, UNIT,
                        Instant.parse("2026-03-11T12:00:00Z"), false)));
    }

    @Test
    void a_declined_invitation_and_a_proposed_other_time_keep_it_requested_until_the_office_proposes_again() {
        UUID id = newConference();
        api.post(path(id, "meeting"), ADVISER, MEETING);

        api.post(answerPath(id, ParticipantRole.BENEFITS_UNIT), CASEWORKER, "{\"answer\":\"DECLINED\"}");
        var otherTime = api.post(answerPath(id, ParticipantRole.MEDICAL_ADVISER), MEDICAL_ADVISER,
                "{\"answer\":\"PROPOSED_OTHER_TIME\",\"proposedStartsAt\":\"2026-03-12T08:00:00Z\"}");

        JsonNode conference = json(otherTime);
        assertThat(conference.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(answers(conference)).contains(Tuple.tuple("BENEFITS_UNIT", "DECLINED"),
                Tuple.tuple("MEDICAL_ADVISER", "PROPOSED_OTHER_TIME"));
        assertThat(participant(conference, "MEDICAL_ADVISER").get("proposedStartsAt").asString())
                .isEqualTo("2026-03-12T08:00:00Z");

        var proposedAgain = api.post(path(id, "meeting"), ADVISER,
                "{\"startsAt\":\"2026-03-12T08:00:00Z\",\"videoLink\":\"https://video.example.nav.no/m/9\"}");

        assertThat(answers(json(proposedAgain))).as("answers start over for the new time").containsExactlyInAnyOrder(
                Tuple.tuple("NAV_OFFICE", "ACCEPTED"), Tuple.tuple("BENEFITS_UNIT", "PENDING"),
                Tuple.tuple("MEDICAL_ADVISER", "PENDING"));
    }

    @Test
    void a_role_answers_only_its_own_invitation_and_the_refused_attempt_is_audited() {
        UUID id = newConference();
        api.post(path(id, "meeting"), ADVISER, MEETING);

        var forTheMedicalAdviser = api.post(answerPath(id, ParticipantRole.MEDICAL_ADVISER), CASEWORKER, ACCEPTED);

        assertThat(forTheMedicalAdviser.getStatusCode().value()).isEqualTo(403);
        assertThat(participant(json(api.get("/api/conferences/" + id, ADVISER)), "MEDICAL_ADVISER").get("answer")
                .asString()).isEqualTo("PENDING");
        assertThat(auditLog.forCase(caseKeyOf(id))).filteredOn(r -> r.decision() == Decision.DENY)
                .extracting(AuditRecord::navIdent, AuditRecord::action)
                .containsExactly(Tuple.tuple("Z990403", "answer conference invitation"));
    }

    @Test
    void answering_before_the_office_has_proposed_a_time_is_a_conflict_that_says_so() {
        UUID id = newConference();

        var answer = api.post(answerPath(id, ParticipantRole.BENEFITS_UNIT), CASEWORKER, ACCEPTED);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(json(answer).get("detail").asString())
                .isEqualTo("Ingen har foreslått et møtetidspunkt ennå. NAV-kontoret foreslår et tidspunkt først.");
    }

    @Test
    void a_scheduled_conference_is_rescheduled_held_and_finished_and_every_step_is_announced() {
        UUID id = newConference();
        api.schedule(id, OFFICE, UNIT);

        var rescheduled = api.post(path(id, "reschedule"), ADVISER,
                "{\"startsAt\":\"2026-03-13T09:00:00Z\",\"place\":\"NAV Grünerløkka, møterom 1\"}");
        assertThat(json(rescheduled).get("status").asString()).isEqualTo("RESCHEDULED");
        assertThat(answers(json(rescheduled))).as("the others are asked about the new time").contains(
                Tuple.tuple("BENEFITS_UNIT", "PENDING"), Tuple.tuple("MEDICAL_ADVISER", "PENDING"));

        assertThat(json(api.post(path(id, "held"), ADVISER, null)).get("status").asString()).isEqualTo("HELD");
        assertThat(json(api.post(path(id, "outcome"), ADVISER, OUTCOME)).get("status").asString())
                .isEqualTo("OUTCOME_RECORDED");

        assertThat(announced(probe, id, "ConferenceScheduled", 2)).extracting(e -> (ConferenceScheduled) e.payload())
                .extracting(ConferenceScheduled::startsAt, ConferenceScheduled::rescheduled)
                .containsExactly(Tuple.tuple(Instant.parse("2026-03-11T12:00:00Z"), false),
                        Tuple.tuple(Instant.parse("2026-03-13T09:00:00Z"), true));
        assertThat(announced(probe, id, "ConferenceHeld", 1)).hasSize(1);
        assertThat(announced(probe, id, "ConferenceOutcomeRecorded", 1)).hasSize(1);
    }

    @Test
    void holding_a_conference_that_is_not_scheduled_is_a_conflict_that_says_to_schedule_it_first() {
        UUID id = newConference();

        var held = api.post(path(id, "held"), ADVISER, null);

        assertThat(held.getStatusCode().value()).isEqualTo(409);
        assertThat(json(held).get("detail").asString()).isEqualTo("Møtet er bestilt, men ennå ikke berammet, og "
                + "kan ikke markeres som holdt. Beram det først: alle tre deltakerne må godta et møtetidspunkt.");
        assertThat(api.status(id, OFFICE)).isEqualTo("REQUESTED");
    }

    @Test
    void a_cancellation_needs_a_reason_is_shown_with_it_and_a_cancelled_conference_is_not_held() {
        UUID id = newConference();
        api.schedule(id, OFFICE, UNIT);

        var withoutReason = api.post(path(id, "cancel"), ADVISER,
                "{\"reasonCode\":\"CASE_RESOLVED\",\"reason\":\" \"}");
        var unknownCode = api.post(path(id, "cancel"), ADVISER, "{\"reasonCode\":\"BORED\",\"reason\":\"x\"}");
        var cancelled = api.post(path(id, "cancel"), ADVISER,
                "{\"reasonCode\":\"CASE_RESOLVED\",\"reason\":\"The person has returned to work\"}");
        var held = api.post(path(id, "held"), ADVISER, null);

        assertThat(withoutReason.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownCode.getStatusCode().value()).isEqualTo(400);
        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
        JsonNode read = json(api.get("/api/conferences/" + id, ADVISER));
        assertThat(read.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(read.get("cancellationReason").asString()).isEqualTo("The person has returned to work");
        assertThat(read.get("cancellationCode").asString()).isEqualTo("CASE_RESOLVED");
        assertThat(held.getStatusCode().value()).isEqualTo(409);
        assertThat(json(held).get("detail").asString()).isEqualTo("Møtet er avlyst, og kan ikke markeres som holdt.");
        var announced = announced(probe, id, "ConferenceCancelled", 1);
        assertThat(announced).singleElement().satisfies(event -> {
            assertThat(event.schemaVersion()).isEqualTo(2);
            assertThat(((ConferenceCancelled) event.payload()).reason()).isEqualTo(CancellationReason.CASE_RESOLVED);
            assertThat(EventJson.writeString(event)).as("the office's words stay off the topic")
                    .doesNotContain("returned to work");
        });
    }

    @Test
    void an_api_client_that_sends_no_code_cancels_with_the_code_other() {
        UUID id = newConference();

        var cancelled = api.post(path(id, "cancel"), ADVISER, "{\"reason\":\"Not needed\"}");

        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
        assertThat(json(api.get("/api/conferences/" + id, ADVISER)).get("cancellationCode").asString())
                .isEqualTo("OTHER");
        assertThat(announced(probe, id, "ConferenceCancelled", 1)).singleElement()
                .extracting(event -> ((ConferenceCancelled) event.payload()).reason())
                .isEqualTo(CancellationReason.OTHER);
    }

    @Test
    void a_meeting_needs_a_place_or_a_video_link() {
        UUID id = newConference();

        var nowhere = api.post(path(id, "meeting"), ADVISER, "{\"startsAt\":\"2026-03-11T12:00:00Z\"}");

        assertThat(nowhere.getStatusCode().value()).isEqualTo(400);
        assertThat(nowhere.getBody()).contains("give a place or a video link");
    }

    @Test
    void a_medical_adviser_may_not_propose_the_meeting_and_the_attempt_is_audited() {
        UUID id = newConference();

        var proposal = api.post(path(id, "meeting"), MEDICAL_ADVISER, MEETING);

        assertThat(proposal.getStatusCode().value()).isEqualTo(403);
        assertThat(auditLog.forCase(caseKeyOf(id))).extracting(AuditRecord::navIdent, AuditRecord::decision)
                .containsExactly(Tuple.tuple("Z990601", Decision.DENY));
    }

    @Test
    void the_service_proposes_whole_meetings_inside_the_windows_all_three_declared_within_ten_working_days() {
        Instant requested = businessClock.now();
        var request = created(probe, conferenceRequested(newCaseKey(), OFFICE, "24516240071",
                MeasuresAuthority.NAV_OFFICE, requested));
        UUID id = request.payload().conferenceId();
        LocalDate day = requested.atZone(OSLO).toLocalDate();
        String first = window(WorkingDays.plusWorkingDays(day, 1), 10, 11);
        String second = window(WorkingDays.plusWorkingDays(day, 2), 13, 15);
        String tooLate = window(WorkingDays.plusWorkingDays(day, 11), 10, 12);
        String all = "{\"windows\":[" + second + "," + first + "," + tooLate + "]}";
        Instant secondStart = WorkingDays.plusWorkingDays(day, 2).atTime(13, 0).atZone(OSLO).toInstant();

        api.post(availabilityPath(id, ParticipantRole.NAV_OFFICE), ADVISER, all);
        api.post(availabilityPath(id, ParticipantRole.BENEFITS_UNIT), CASEWORKER, all);
        var declared = api.post(availabilityPath(id, ParticipantRole.MEDICAL_ADVISER), MEDICAL_ADVISER,
                "{\"windows\":[" + second + "," + tooLate + "]}");
        var backwards = api.post(availabilityPath(id, ParticipantRole.MEDICAL_ADVISER), MEDICAL_ADVISER,
                "{\"windows\":[{\"from\":\"2026-03-11T12:00:00Z\",\"to\":\"2026-03-11T11:00:00Z\"}]}");
        var byOther = api.post(availabilityPath(id, ParticipantRole.MEDICAL_ADVISER), CASEWORKER, all);

        assertThat(declared.getStatusCode().value()).isEqualTo(200);
        assertThat(backwards.getStatusCode().value()).as("a window that ends before it starts").isEqualTo(400);
        assertThat(byOther.getStatusCode().value()).as("declaring for another role").isEqualTo(403);
        var proposals = json(api.get("/api/conferences/" + id + "/slot-proposals", ADVISER));
        assertThat(proposals).extracting(JsonNode::asString)
                .as("one-hour meetings in the window shared by all three, within the deadline, at most three")
                .containsExactly(secondStart.toString(), secondStart.plusSeconds(1800).toString(),
                        secondStart.plusSeconds(3600).toString());
    }

    private final Map<UUID, String> caseKeys = new HashMap<>();

    private UUID newConference() {
        var request = created(probe, conferenceRequested(newCaseKey(), OFFICE, "24516240071"));
        caseKeys.put(request.payload().conferenceId(), request.caseKey());
        return request.payload().conferenceId();
    }

    private String caseKeyOf(UUID id) {
        return caseKeys.get(id);
    }

    private static String path(UUID id, String step) {
        return "/api/conferences/" + id + "/" + step;
    }

    /** A window on {@code day} from {@code fromHour} to {@code toHour}, Norwegian time, as JSON. */
    private static String window(LocalDate day, int fromHour, int toHour) {
        return "{\"from\":\"" + day.atTime(fromHour, 0).atZone(OSLO).toInstant() + "\",\"to\":\""
                + day.atTime(toHour, 0).atZone(OSLO).toInstant() + "\"}";
    }

    private static String availabilityPath(UUID id, ParticipantRole role) {
        return "/api/conferences/" + id + "/invitations/" + role + "/availability";
    }

    private static String answerPath(UUID id, ParticipantRole role) {
        return "/api/conferences/" + id + "/invitations/" + role + "/answer";
    }

    private static List<Tuple> answers(JsonNode conference) {
        var answers = new ArrayList<Tuple>();
        conference.get("invitations").forEach(p -> answers.add(Tuple.tuple(p.get("role").asString(),
                p.get("answer").asString())));
        return answers;
    }

    private static JsonNode participant(JsonNode conference, String role) {
        for (JsonNode p : conference.get("invitations")) {
            if (p.get("role").asString().equals(role)) {
                return p;
            }
        }
        throw new AssertionError("no invitation for " + role + " in " + conference);
    }
}

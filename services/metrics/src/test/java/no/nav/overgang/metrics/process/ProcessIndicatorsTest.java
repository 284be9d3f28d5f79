package no.nav.overgang.metrics.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.ConferenceCreated;
import no.nav.overgang.events.payload.ConferenceHeld;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.HandoverAcknowledged;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.events.payload.HandoverReturned;
import no.nav.overgang.events.payload.Invitation;
import no.nav.overgang.events.payload.InvitationAnswer;
import no.nav.overgang.events.payload.InvitationAnswered;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.metrics.process.ProcessIndicators.ArmProcess;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * The conference and handover step events in from their topics (real Kafka, real PostgreSQL), process indicators
 * out per arm: days to conference, attendance by role, acknowledgement in working days, returns, dead letters by
 * reason; cells below 5 suppressed.
 */
@ServiceTest
class ProcessIndicatorsTest {

    private static final LocalDate INDEX_DATE = LocalDate.parse("2026-03-02");
    private static final Instant MONDAY_2_MARCH = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant MONDAY_16_MARCH = Instant.parse("2026-03-16T09:00:00Z");
    private static final String EVALUATOR = TestTokens.bearer("Z990602", List.of("evaluator"), List.of());
    private static final String STATISTICIAN = TestTokens.bearer("Z990603", List.of("statistician"), List.of());

    @LocalServerPort
    int port;

    @Autowired
    ProcessIndicatorsService service;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void ten_cases_give_quartiles_of_days_to_conference_attendance_acknowledgement_and_returns_for_their_arm() {
        String arm = "pilot-office-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 10; i++) {
            // requested i days after cohort entry, held ten days later; the medical adviser accepted in half of them;
            // the first five handovers acknowledged after 1 working day, the last five after 3 and then returned
            publishCase(arm, "0315", i, i < 5, i < 5 ? 1 : 3, i >= 5);
        }

        ArmProcess seen = awaitArm(arm, a -> Long.valueOf(5).equals(a.handoversReturned().count())
                && Long.valueOf(10).equals(a.daysToConferenceRequested().n())
                && Long.valueOf(10).equals(a.daysToConferenceHeld().n())
                && Long.valueOf(10).equals(a.handoverAcknowledgementWorkingDays().n())
                && Long.valueOf(5).equals(a.attendance().medicalAdviser().count()));

        assertThat(seen.daysToConferenceRequested()).extracting("n", "median", "p25", "p75", "suppressed")
                .as("0..9 days, type-7 quartiles").containsExactly(10L, 4.5, 2.25, 6.75, false);
        assertThat(seen.daysToConferenceHeld()).extracting("n", "median", "p25", "p75")
                .containsExactly(10L, 14.5, 12.25, 16.75);
        assertThat(seen.attendance().heldConferences()).isEqualTo(10L);
        assertThat(seen.attendance().navOffice().share()).isEqualTo(1.0);
        assertThat(seen.attendance().benefitsUnit().share()).isEqualTo(1.0);
        assertThat(seen.attendance().medicalAdviser()).extracting("count", "of", "share")
                .containsExactly(5L, 10L, 0.5);
        assertThat(seen.handoverAcknowledgementWorkingDays()).extracting("n", "median", "p25", "p75")
                .containsExactly(10L, 2.0, 1.0, 3.0);
        assertThat(seen.acknowledgedWithinTwoWorkingDays()).extracting("count", "of", "share")
                .containsExactly(5L, 10L, 0.5);
        assertThat(seen.handoversReturned()).extracting("count", "of", "share").containsExactly(5L, 10L, 0.5);

        var filtered = service.current(new ProcessFilter(null, "AAP", null, arm)).arms();
        assertThat(filtered).as("no case of this arm came from AAP").isEmpty();
        assertThat(service.current(new ProcessFilter(null, null, null, arm, "FROM_50_TO_59")).arms())
                .as("no case of this arm entered with an age band").isEmpty();
        assertThat(service.current(new ProcessFilter(null, null, null, arm, ProcessFilter.UNKNOWN_AGE_BAND)).arms())
                .singleElement().satisfies(a -> assertThat(a.daysToConferenceRequested().n())
                        .as("all ten: their entries carried no age band").isEqualTo(10L));
        var earlier = service.current(new ProcessFilter(LocalDate.parse("2026-03-05"), null, "03", arm)).arms();
        assertThat(earlier).singleElement().satisfies(a -> {
            assertThat(a.daysToConferenceRequested().suppressed()).as("4 requested by 5 March: a small cell").isTrue();
            assertThat(a.daysToConferenceRequested().median()).isNull();
            assertThat(a.daysToConferenceHeld().n()).as("none held by then").isZero();
        });
    }

    @Test
    void an_arm_with_three_held_conferences_and_rare_dead_letter_reasons_are_suppressed_over_the_api() {
        String arm = "pilot-unit-" + UUID.randomUUID().toString().substring(0, 8);
        String frequent = "TEST_FREQUENT_" + letters();
        String rare = "TEST_RARE_" + letters();
        for (int i = 0; i < 3; i++) {
            publishCase(arm, "1201", i, true, 1, false);
        }
        for (int i = 0; i < 6; i++) {
            publishDeadLetter(i < 5 ? frequent : rare);
        }
        awaitArm(arm, a -> a.attendance().suppressed());
        await().atMost(Duration.ofSeconds(30)).until(() -> reasons(EVALUATOR).containsKey(frequent)
                && reasons(EVALUATOR).containsKey(rare));

        JsonNode process = body(get("/api/metrics/process?arm=" + arm, STATISTICIAN));
        JsonNode only = process.get("arms").get(0);
        assertThat(only.get("arm").asString()).isEqualTo(arm);
        assertThat(only.get("daysToConferenceHeld").get("suppressed").asBoolean()).isTrue();
        assertThat(only.get("daysToConferenceHeld").get("n").isNull()).isTrue();
        assertThat(only.get("attendance").get("heldConferences").isNull()).isTrue();
        assertThat(only.get("attendance").get("medicalAdviser").get("share").isNull()).isTrue();
        assertThat(only.get("handoverAcknowledgementWorkingDays").get("median").isNull()).isTrue();
        assertThat(process.toString()).as("no case keys, no idents").doesNotContain("Z99").doesNotContain("case");
        assertThat(reasons(EVALUATOR).get(frequent).get("count").asLong()).isEqualTo(5);
        assertThat(reasons(EVALUATOR).get(rare).get("count").isNull()).as("1 dead letter: a small cell").isTrue();
        assertThat(reasons(EVALUATOR).get(rare).get("suppressed").asBoolean()).isTrue();
    }

    @Test
    void only_evaluators_statisticians_and_pilot_administrators_may_read_the_process_indicators() {
        String adviser = TestTokens.bearer("Z990401", List.of("nav-office-adviser"), List.of("0315"));
        String admin = TestTokens.bearer("Z990050", List.of("pilot-admin"), List.of());

        assertThat(get("/api/metrics/process", adviser).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/metrics/process", admin).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/metrics/process", EVALUATOR).getStatusCode().value()).isEqualTo(200);
    }

    /** A case of {@code arm}: cohort entry, conference requested {@code day} days later and held ten days after. */
    private void publishCase(String arm, String office, int day, boolean adviserAccepted, int ackWorkingDays,
                             boolean returned) {
        String caseKey = UUID.randomUUID().toString().replace("-", "");
        UUID conference = UUID.randomUUID();
        UUID handover = UUID.randomUUID();
        Instant requested = MONDAY_2_MARCH.plus(Duration.ofDays(day));
        Instant held = requested.plus(Duration.ofDays(10));
        send(Topics.CASES.name(), caseKey, MONDAY_2_MARCH, new CaseEnteredCohort(SourceSystem.SYKEPENGER, office,
                INDEX_DATE, "sykepenger-week39", 1, Map.of(), "entered because: week-39 notice",
                "SYKEPENGER|" + office));
        send(Topics.CASES.name(), caseKey, MONDAY_2_MARCH, new ArmAssigned(arm, true, MeasuresAuthority.NAV_OFFICE,
                "keyed-hash", 1, "SYKEPENGER|" + office));
        send(Topics.CASES.name(), caseKey, requested, new ConferenceRequested(conference, arm,
                MeasuresAuthority.NAV_OFFICE, office, "24516240071", "conference requested because: pilot arm"));
        send(Topics.CONFERENCES.name(), caseKey, requested, new ConferenceCreated(conference, arm, office, "4402",
                List.of(new Invitation(ParticipantRole.NAV_OFFICE, office),
                        new Invitation(ParticipantRole.BENEFITS_UNIT, "4402"),
                        new Invitation(ParticipantRole.MEDICAL_ADVISER, "rol-pool"))));
        for (ParticipantRole role : ParticipantRole.values()) {
            InvitationAnswer answer = role != ParticipantRole.MEDICAL_ADVISER || adviserAccepted
                    ? InvitationAnswer.ACCEPTED : InvitationAnswer.DECLINED;
            send(Topics.CONFERENCES.name(), caseKey, requested, new InvitationAnswered(conference, arm, office, "4402",
                    role, answer, null));
        }
        send(Topics.CONFERENCES.name(), caseKey, held, new ConferenceHeld(conference, arm, office, "4402"));
        send(Topics.HANDOVERS.name(), caseKey, MONDAY_16_MARCH, new HandoverCreated(handover, conference, arm, office,
                "4402"));
        Instant acknowledged = MONDAY_16_MARCH.plus(Duration.ofDays(ackWorkingDays));
        send(Topics.HANDOVERS.name(), caseKey, acknowledged, new HandoverAcknowledged(handover, conference, arm,
                office, "4402", ackWorkingDays <= 2));
        if (returned) {
            send(Topics.HANDOVERS.name(), caseKey, acknowledged, new HandoverReturned(handover, conference, arm,
                    office, "4402"));
        }
    }

    private void publishDeadLetter(String reason) {
        var letter = EventEnvelope.first(UUID.randomUUID(), new DeadLetterRecorded("overgang-conference",
                Topics.CASES.name(), 0, 1L, reason, "test", "{}", "utf-8"), MONDAY_2_MARCH, MONDAY_2_MARCH,
                "overgang-conference", null);
        probe.send(Topics.DEAD_LETTERS.name(), null, EventJson.writeString(letter));
    }

    /** Reason codes are capital letters and underscores only. */
    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^0-9]", "").chars()
                .mapToObj(c -> String.valueOf((char) ('A' + c - '0'))).reduce("", String::concat);
    }

    private void send(String topic, String caseKey, Instant at, EventPayload payload) {
        probe.send(topic, caseKey, EventJson.writeString(EventEnvelope.first(UUID.randomUUID(), payload, at,
                at.plusSeconds(1), "overgang-test", caseKey)));
    }

    private ArmProcess awaitArm(String arm, java.util.function.Predicate<ArmProcess> done) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> service.current(new ProcessFilter(null, null,
                        null, arm)).arms().stream().filter(a -> a.arm().equals(arm)).findFirst().orElse(null),
                a -> a != null && done.test(a));
    }

    private Map<String, JsonNode> reasons(String bearer) {
        var byReason = new java.util.HashMap<String, JsonNode>();
        body(get("/api/metrics/process", bearer)).get("deadLetters")
                .forEach(r -> byReason.put(r.get("reason").asString(), r));
        return byReason;
    }

    private ResponseEntity<String> get(String path, String bearer) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(new String(response.getBody().readAllBytes())));
    }

    private static JsonNode body(ResponseEntity<String> response) {
        return EventJson.mapper().readTree(response.getBody());
    }
}

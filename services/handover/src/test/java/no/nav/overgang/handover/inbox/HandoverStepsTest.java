package no.nav.overgang.handover.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.HandoverAcknowledged;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MeasuresAssessmentResult;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.MedicalAdvice;
import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.testkit.ServiceCalls;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** The benefits unit's steps: claim (one caseworker at a time), acknowledge within target, return to the office. */
@ServiceTest
class HandoverStepsTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String ANNE_AT_4405 = caseworker("Z990701", "4405");
    private static final String BJORN_AT_4405 = caseworker("Z990702", "4405");
    private static final MedicalAdvice ADVICE = new MedicalAdvice("Can sustain light work 4 hours a day",
            "Physiotherapy ongoing", "Try graded work first");
    private static final MeasuresAssessment NOT_MET = new MeasuresAssessment(MeasuresAssessmentResult.NOT_MET,
            "Vocational rehabilitation has not been tried", MeasuresAuthority.BENEFITS_UNIT);

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    BusinessClock businessClock;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void the_handover_package_carries_the_outcome_the_advice_the_12_5_assessment_and_why_the_case_is_in_the_pilot() {
        UUID id = handoverFor(outcome("1201", "4405", businessClock.now()));

        JsonNode handover = json(call(HttpMethod.GET, "/api/handovers/" + id, ANNE_AT_4405, null));

        assertThat(handover.get("nextSteps").asString()).isEqualTo("The unit requests the specialist statement");
        assertThat(handover.get("advice").get("functionalAssessment").asString())
                .isEqualTo("Can sustain light work 4 hours a day");
        assertThat(handover.get("measuresAssessment").get("result").asString()).isEqualTo("NOT_MET");
        assertThat(handover.get("measuresAssessment").get("assessedBy").asString()).isEqualTo("BENEFITS_UNIT");
        assertThat(handover.get("caseExplanation").asString())
                .isEqualTo("conference requested because: the case entered the cohort in pilot arm pilot-unit");
    }

    @Test
    void one_caseworker_claims_the_handover_another_gets_a_conflict_and_the_claimer_acknowledges_it_in_time() {
        var outcome = outcome("1201", "4405", businessClock.now());
        UUID id = handoverFor(outcome);

        var claimed = call(HttpMethod.POST, "/api/handovers/" + id + "/claim", ANNE_AT_4405, null);
        var claimedByOther = call(HttpMethod.POST, "/api/handovers/" + id + "/claim", BJORN_AT_4405, null);
        var acknowledgedByOther = call(HttpMethod.POST, "/api/handovers/" + id + "/acknowledge", BJORN_AT_4405, null);
        var acknowledged = call(HttpMethod.POST, "/api/handovers/" + id + "/acknowledge", ANNE_AT_4405, null);

        assertThat(json(claimed).get("status").asString()).isEqualTo("CLAIMED");
        assertThat(json(claimed).get("claimedBy").asString()).isEqualTo("Z990701");
        assertThat(claimedByOther.getStatusCode().value()).isEqualTo(409);
        assertThat(json(claimedByOther).get("detail").asString())
                .isEqualTo("Overføringen er allerede tatt av Z990701. Bare én saksbehandler kan ha den om gangen.");
        assertThat(acknowledgedByOther.getStatusCode().value()).isEqualTo(409);
        assertThat(json(acknowledged).get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(json(acknowledged).get("overdue").asBoolean()).isFalse();

        var steps = stepsOf(id, 2);
        assertThat(steps).extracting(EventEnvelope::eventType)
                .containsExactly("HandoverClaimed", "HandoverAcknowledged");
        assertThat(((HandoverAcknowledged) steps.get(1).payload()).withinTarget()).isTrue();
        assertThat(steps).allSatisfy(step -> {
            assertThat(step.caseKey()).isEqualTo(outcome.caseKey());
            assertThat(step.causationId()).as("continues from the outcome").isEqualTo(outcome.eventId());
        });
    }

    @Test
    void acknowledging_an_unclaimed_handover_is_a_conflict_that_says_to_claim_it_first() {
        UUID id = handoverFor(outcome("1201", "4405", businessClock.now()));

        var acknowledged = call(HttpMethod.POST, "/api/handovers/" + id + "/acknowledge", ANNE_AT_4405, null);

        assertThat(acknowledged.getStatusCode().value()).isEqualTo(409);
        assertThat(json(acknowledged).get("detail").asString()).isEqualTo("Overføringen er ikke tatt ennå. Ta den først.");
    }

    @Test
    void a_returned_handover_shows_its_reason_to_its_own_office_and_to_no_other() {
        UUID id = handoverFor(outcome("1201", "4405", businessClock.now()));
        call(HttpMethod.POST, "/api/handovers/" + id + "/claim", ANNE_AT_4405, null);

        var withoutReason = call(HttpMethod.POST, "/api/handovers/" + id + "/return", ANNE_AT_4405, "{\"reason\":\"\"}");
        var returned = call(HttpMethod.POST, "/api/handovers/" + id + "/return", ANNE_AT_4405,
                "{\"reason\":\"The specialist statement is missing\"}");

        assertThat(withoutReason.getStatusCode().value()).isEqualTo(400);
        assertThat(json(returned).get("status").asString()).isEqualTo("RETURNED");
        var office1201 = rows(call(HttpMethod.GET, "/api/handovers/returned", adviser("1201"), null), id);
        assertThat(office1201).singleElement().satisfies(row ->
                assertThat(row.get("returnReason").asString()).isEqualTo("The specialist statement is missing"));
        assertThat(rows(call(HttpMethod.GET, "/api/handovers/returned", adviser("0315"), null), id)).isEmpty();
        assertThat(stepsOf(id, 2)).extracting(EventEnvelope::eventType)
                .containsExactly("HandoverClaimed", "HandoverReturned");
    }

    @Test
    void a_caseworker_of_another_unit_may_not_claim_the_handover_and_the_attempt_is_audited() {
        var outcome = outcome("1201", "4405", businessClock.now());
        UUID id = handoverFor(outcome);

        var claim = call(HttpMethod.POST, "/api/handovers/" + id + "/claim", caseworker("Z990703", "4402"), null);

        assertThat(claim.getStatusCode().value()).isEqualTo(403);
        assertThat(auditLog.forCase(outcome.caseKey())).extracting(AuditRecord::navIdent, AuditRecord::decision)
                .containsExactly(Tuple.tuple("Z990703", Decision.DENY));
    }

    @Test
    void the_inbox_filters_by_status_and_sorts_by_age() {
        Instant now = businessClock.now();
        String unit = "4409";
        String caseworker = caseworker("Z990709", unit);
        UUID older = handoverFor(outcome("5701", unit, now.minus(2, ChronoUnit.HOURS)));
        UUID newer = handoverFor(outcome("5701", unit, now.minus(1, ChronoUnit.HOURS)));
        call(HttpMethod.POST, "/api/handovers/" + newer + "/claim", caseworker, null);

        assertThat(ids(call(HttpMethod.GET, "/api/handovers", caseworker, null))).containsExactly(older, newer);
        assertThat(ids(call(HttpMethod.GET, "/api/handovers?sort=newest", caseworker, null)))
                .containsExactly(newer, older);
        assertThat(ids(call(HttpMethod.GET, "/api/handovers?status=RECEIVED", caseworker, null)))
                .containsExactly(older);
    }

    @Test
    void the_inbox_and_the_returned_list_come_in_pages_linked_by_a_cursor() {
        Instant now = businessClock.now();
        String unit = "4411";
        String caseworker = caseworker("Z990711", unit);
        UUID first = handoverFor(outcome("5703", unit, now.minus(3, ChronoUnit.HOURS)));
        UUID second = handoverFor(outcome("5703", unit, now.minus(2, ChronoUnit.HOURS)));
        UUID third = handoverFor(outcome("5703", unit, now.minus(1, ChronoUnit.HOURS)));

        var oldest = call(HttpMethod.GET, "/api/handovers?limit=2", caseworker, null);
        var rest = call(HttpMethod.GET, ServiceCalls.nextPage(oldest), caseworker, null);
        var newest = call(HttpMethod.GET, "/api/handovers?sort=newest&limit=2", caseworker, null);

        assertThat(ids(oldest)).containsExactly(first, second);
        assertThat(ids(rest)).containsExactly(third);
        assertThat(ServiceCalls.nextPage(rest)).as("the last page links to none").isNull();
        assertThat(ids(newest)).containsExactly(third, second);
        assertThat(ids(call(HttpMethod.GET, ServiceCalls.nextPage(newest), caseworker, null))).containsExactly(first);
        assertThat(call(HttpMethod.GET, "/api/handovers?limit=0", caseworker, null).getStatusCode().value())
                .isEqualTo(400);

        for (UUID id : List.of(first, second)) {
            call(HttpMethod.POST, "/api/handovers/" + id + "/claim", caseworker, null);
            call(HttpMethod.POST, "/api/handovers/" + id + "/return", caseworker, "{\"reason\":\"Missing statement\"}");
        }
        var lastReturned = call(HttpMethod.GET, "/api/handovers/returned?limit=1", adviser("5703"), null);
        var returnedBefore = call(HttpMethod.GET, ServiceCalls.nextPage(lastReturned), adviser("5703"), null);
        assertThat(ids(lastReturned)).hasSize(1);
        assertThat(ids(returnedBefore)).hasSize(1).doesNotContainAnyElementsOf(ids(lastReturned));
        assertThat(List.of(ids(lastReturned).getFirst(), ids(returnedBefore).getFirst()))
                .containsExactlyInAnyOrder(first, second);
        assertThat(ServiceCalls.nextPage(returnedBefore)).isNull();
    }

    @Test
    void a_handover_not_acknowledged_within_two_working_days_stands_out_as_overdue_on_business_time() {
        // a Monday well after anything seen so far, so this test owns the business time it moves
        Instant monday = LocalDate.ofInstant(businessClock.now(), ZoneOffset.UTC).plusYears(1)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atTime(9, 0).toInstant(ZoneOffset.UTC);
        String unit = "4410";
        String caseworker = caseworker("Z990710", unit);
        UUID late = handoverFor(outcome("5702", unit, monday));
        assertThat(row(caseworker, late).get("overdue").asBoolean()).as("overdue on the day it arrived").isFalse();
        assertThat(row(caseworker, late).get("acknowledgeBy").asString())
                .isEqualTo(LocalDate.ofInstant(monday, ZoneOffset.UTC).plusDays(2).toString());

        // a later outcome on Thursday moves business time past Wednesday, the last day of the target
        UUID fresh = handoverFor(outcome("5702", unit, monday.plus(3, ChronoUnit.DAYS)));

        assertThat(row(caseworker, late).get("overdue").asBoolean()).isTrue();
        assertThat(row(caseworker, fresh).get("overdue").asBoolean()).isFalse();
        assertThat(ids(call(HttpMethod.GET, "/api/handovers?overdue=true", caseworker, null))).containsExactly(late);
        call(HttpMethod.POST, "/api/handovers/" + late + "/claim", caseworker, null);
        call(HttpMethod.POST, "/api/handovers/" + late + "/acknowledge", caseworker, null);
        assertThat(((HandoverAcknowledged) stepsOf(late, 2).get(1).payload()).withinTarget()).isFalse();
    }

    private EventEnvelope<ConferenceOutcomeRecorded> outcome(String office, String unit, Instant at) {
        var outcome = new ConferenceOutcomeRecorded(UUID.randomUUID(), "pilot-unit", office, unit,
                "Work trial at 50 % for 8 weeks", true, List.of("specialist statement"), LocalDate.parse("2026-05-11"),
                "The unit requests the specialist statement", ADVICE, NOT_MET,
                "conference requested because: the case entered the cohort in pilot arm pilot-unit");
        return EventEnvelope.first(UUID.randomUUID(), outcome, at, at.plusSeconds(1), "overgang-conference",
                UUID.randomUUID().toString().replace("-", ""));
    }

    /** Publishes the outcome and waits for its handover; returns the handover's id. */
    private UUID handoverFor(EventEnvelope<ConferenceOutcomeRecorded> outcome) {
        probe.send(Topics.CONFERENCES.name(), outcome.caseKey(), EventJson.writeString(outcome));
        String conference = "\"conferenceId\":\"" + outcome.payload().conferenceId() + "\"";
        probe.readAll(Topics.HANDOVERS.name(), WITHIN, all -> all.stream().anyMatch(r ->
                r.value().contains("\"eventType\":\"HandoverCreated\"") && r.value().contains(conference)));
        return EventIds.derived(outcome.payload().conferenceId(), EventType.HANDOVER_CREATED, null);
    }

    private List<EventEnvelope<?>> stepsOf(UUID handoverId, int count) {
        String handover = "\"handoverId\":\"" + handoverId + "\"";
        var records = probe.readAll(Topics.HANDOVERS.name(), WITHIN, all -> all.stream()
                .filter(r -> r.value().contains(handover) && !r.value().contains("HandoverCreated")).count() >= count);
        return records.stream().filter(r -> r.value().contains(handover) && !r.value().contains("HandoverCreated"))
                .<EventEnvelope<?>>map(r -> EventJson.read(r.value())).toList();
    }

    private JsonNode row(String caseworker, UUID id) {
        return rows(call(HttpMethod.GET, "/api/handovers", caseworker, null), id).getFirst();
    }

    private static List<JsonNode> rows(ResponseEntity<String> list, UUID id) {
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        var rows = new ArrayList<JsonNode>();
        json(list).forEach(row -> {
            if (row.get("id").asString().equals(id.toString())) {
                rows.add(row);
            }
        });
        return rows;
    }

    private static List<UUID> ids(ResponseEntity<String> list) {
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        var ids = new ArrayList<UUID>();
        json(list).forEach(row -> ids.add(UUID.fromString(row.get("id").asString())));
        return ids;
    }

    private static String caseworker(String navIdent, String unit) {
        return TestTokens.bearer(navIdent, List.of("benefits-caseworker"), List.of(unit));
    }

    private static String adviser(String office) {
        return TestTokens.bearer("Z99" + office, List.of("nav-office-adviser"), List.of(office));
    }

    private static JsonNode json(ResponseEntity<String> response) {
        return EventJson.mapper().readTree(response.getBody());
    }

    private ResponseEntity<String> call(HttpMethod method, String path, String bearer, String body) {
        return new ServiceCalls(port).call(method, path, bearer, body);
    }
}

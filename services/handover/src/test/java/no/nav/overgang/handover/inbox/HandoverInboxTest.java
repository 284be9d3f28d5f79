package no.nav.overgang.handover.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** ConferenceOutcomeRecorded in on overgang.conference.v1, a handover in the unit's inbox and HandoverCreated out. */
@ServiceTest
class HandoverInboxTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final Instant OUTCOME_AT = Instant.parse("2026-03-16T13:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_conference_outcome_becomes_a_handover_in_the_inbox_of_the_serving_benefits_unit_only() {
        var outcome = outcomeFor(newCaseKey(), "1201", "4405");

        publish(outcome);

        var created = handoverCreatedFor(outcome);
        assertThat(created.caseKey()).isEqualTo(outcome.caseKey());
        assertThat(created.causationId()).isEqualTo(outcome.eventId());
        assertThat(created.occurredAt()).as("business time of the outcome").isEqualTo(OUTCOME_AT);
        assertThat(created.payload()).isInstanceOfSatisfying(HandoverCreated.class, handover -> {
            assertThat(handover.conferenceId()).isEqualTo(outcome.payload().conferenceId());
            assertThat(handover.benefitsUnit()).isEqualTo("4405");
            assertThat(handover.office()).isEqualTo("1201");
            assertThat(handover.arm()).isEqualTo("pilot-unit");
        });

        List<JsonNode> inbox4405 = handoversOf(inbox(caseworkerAt("4405")), outcome);
        assertThat(inbox4405).as("handovers of conference %s in the inbox of 4405", outcome.payload().conferenceId())
                .singleElement().satisfies(handover -> {
                    assertThat(handover.get("agreedPlan").asString()).isEqualTo("Work trial at 50 % for 8 weeks");
                    assertThat(handover.get("documentsNeeded").get(0).asString()).isEqualTo("specialist statement");
                    assertThat(handover.get("status").asString()).isEqualTo("RECEIVED");
                    assertThat(handover.get("id").asString()).isEqualTo(
                            ((HandoverCreated) created.payload()).handoverId().toString());
                });
        assertThat(handoversOf(inbox(caseworkerAt("4402")), outcome))
                .as("the handover in the inbox of another unit, 4402").isEmpty();
        assertThat(auditLog.forCase(outcome.caseKey())).as("audit records for showing the case in an inbox")
                .singleElement().satisfies(record -> {
                    assertThat(record.decision()).isEqualTo(AuditEntry.Decision.PERMIT);
                    assertThat(record.action()).isEqualTo("list handover in inbox");
                    assertThat(record.resource()).isEqualTo("GET /api/handovers");
                });
    }

    @Test
    void the_same_outcome_delivered_twice_makes_one_handover() {
        String caseKey = newCaseKey();
        var outcome = outcomeFor(caseKey, "0315", "4402");

        publish(outcome);
        publish(outcome);
        // a later outcome of the same case is processed after both, and its handover is announced after theirs
        var later = outcomeFor(caseKey, "0315", "4402");
        publish(later);

        var records = probe.readAll(Topics.HANDOVERS.name(), WITHIN, anyAnnounces(later));
        assertThat(records).filteredOn(announces(outcome))
                .as("HandoverCreated for conference %s", outcome.payload().conferenceId()).hasSize(1);
        assertThat(handoversOf(inbox(caseworkerAt("4402")), outcome)).hasSize(1);
    }

    @Test
    void a_nav_office_adviser_has_no_benefits_unit_inbox() {
        var response = inbox(TestTokens.bearer("Z990501", List.of("nav-office-adviser"), List.of("0315")));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    private static String newCaseKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static EventEnvelope<ConferenceOutcomeRecorded> outcomeFor(String caseKey, String office, String unit) {
        var outcome = new ConferenceOutcomeRecorded(UUID.randomUUID(), "pilot-unit", office, unit,
                "Work trial at 50 % for 8 weeks", true, List.of("specialist statement"), LocalDate.parse("2026-05-11"));
        return EventEnvelope.first(UUID.randomUUID(), outcome, OUTCOME_AT, OUTCOME_AT.plusSeconds(1),
                "overgang-conference", caseKey);
    }

    private void publish(EventEnvelope<ConferenceOutcomeRecorded> outcome) {
        probe.send(Topics.CONFERENCES.name(), outcome.caseKey(), EventJson.writeString(outcome));
    }

    private EventEnvelope<?> handoverCreatedFor(EventEnvelope<ConferenceOutcomeRecorded> outcome) {
        var records = probe.readAll(Topics.HANDOVERS.name(), WITHIN, anyAnnounces(outcome));
        ConsumerRecord<String, String> record = records.stream().filter(announces(outcome)).findFirst().orElseThrow();
        assertThat(record.key()).as("keyed by the case key").isEqualTo(outcome.caseKey());
        return EventJson.read(record.value());
    }

    private static Predicate<List<ConsumerRecord<String, String>>> anyAnnounces(
            EventEnvelope<ConferenceOutcomeRecorded> outcome) {
        return records -> records.stream().anyMatch(announces(outcome));
    }

    private static Predicate<ConsumerRecord<String, String>> announces(EventEnvelope<ConferenceOutcomeRecorded> outcome) {
        String conference = "\"conferenceId\":\"" + outcome.payload().conferenceId() + "\"";
        return record -> record.value().contains("\"eventType\":\"HandoverCreated\"") && record.value().contains(conference);
    }

    private static List<JsonNode> handoversOf(ResponseEntity<String> inbox,
                                              EventEnvelope<ConferenceOutcomeRecorded> outcome) {
        assertThat(inbox.getStatusCode().value()).isEqualTo(200);
        String conferenceId = outcome.payload().conferenceId().toString();
        var rows = new ArrayList<JsonNode>();
        EventJson.mapper().readTree(inbox.getBody()).forEach(row -> {
            if (row.get("conferenceId").asString().equals(conferenceId)) {
                rows.add(row);
            }
        });
        return rows;
    }

    private static String caseworkerAt(String unit) {
        return TestTokens.bearer("Z99" + unit, List.of("benefits-caseworker"), List.of(unit));
    }

    private ResponseEntity<String> inbox(String bearer) {
        return RestClient.create("http://localhost:" + port).get().uri("/api/handovers")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(new String(response.getBody().readAllBytes())));
    }
}

package no.nav.overgang.conference.conference;

import static no.nav.overgang.conference.ConferenceEvents.announces;
import static no.nav.overgang.conference.ConferenceEvents.conferenceRequested;
import static no.nav.overgang.conference.ConferenceEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import no.nav.overgang.conference.ConferenceApi;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.testkit.ServiceCalls;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** The conference API for the office's advisers: list, read (audit-logged), mark held, record the outcome. */
@ServiceTest
class ConferenceApiTest {

    private static final String PERSON = "24516240071";
    private static final String ADVISER_AT_0315 = "Z990401";
    private static final String ADVISER_AT_1201 = "Z990402";
    private static final String OUTCOME = """
            {"agreedPlan":"Graded return to work trial for 8 weeks, then reassess",
             "disabilityClaimRecommended":false,"documentsNeeded":["specialist statement"],
             "followUpDate":"2026-05-04"}""";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void an_adviser_of_the_office_lists_the_conference_without_and_reads_it_with_the_national_id_and_the_read_is_audited() {
        var request = conferenceCreatedFor("0315");
        UUID id = request.payload().conferenceId();

        var list = new ConferenceApi(port).allListed(adviserAt("0315", ADVISER_AT_0315));
        var read = call(HttpMethod.GET, "/api/conferences/" + id, adviserAt("0315", ADVISER_AT_0315), null);

        JsonNode listed = conference(list, id);
        assertThat(listed).as("conference %s in the office's list", id).isNotNull();
        assertThat(listed.has("nationalId")).as("a list row names no person").isFalse();
        assertThat(list.toString()).doesNotContain(PERSON);

        assertThat(read.getStatusCode().value()).isEqualTo(200);
        JsonNode details = json(read);
        assertThat(details.get("nationalId").asString()).isEqualTo(PERSON);
        assertThat(details.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(details.get("invitations")).hasSize(3);

        assertThat(auditLog.forCase(request.caseKey())).singleElement().satisfies(entry -> {
            assertThat(entry.navIdent()).isEqualTo(ADVISER_AT_0315);
            assertThat(entry.action()).isEqualTo("read conference");
            assertThat(entry.resource()).isEqualTo("GET /api/conferences/" + id);
            assertThat(entry.decision()).isEqualTo(Decision.PERMIT);
            assertThat(entry.rule()).contains("0315");
        });
    }

    @Test
    void an_adviser_of_another_office_may_not_read_the_conference_and_the_refusal_is_audited() {
        var request = conferenceCreatedFor("0315");
        UUID id = request.payload().conferenceId();

        var read = call(HttpMethod.GET, "/api/conferences/" + id, adviserAt("1201", ADVISER_AT_1201), null);
        var list = new ConferenceApi(port).allListed(adviserAt("1201", ADVISER_AT_1201));

        assertThat(read.getStatusCode().value()).isEqualTo(403);
        assertThat(read.getBody()).doesNotContain(PERSON);
        assertThat(conference(list, id)).as("conference of office 0315 in the list of office 1201").isNull();
        assertThat(auditLog.forCase(request.caseKey())).extracting(AuditRecord::navIdent, AuditRecord::decision)
                .containsExactly(Tuple.tuple(ADVISER_AT_1201, Decision.DENY));
    }

    @Test
    void a_caseworker_of_the_serving_benefits_unit_reads_the_conference_too() {
        var request = conferenceCreatedFor("1201");
        UUID id = request.payload().conferenceId();
        String caseworkerAt4405 = TestTokens.bearer("Z990403", List.of("benefits-caseworker"), List.of("4405"));

        var read = call(HttpMethod.GET, "/api/conferences/" + id, caseworkerAt4405, null);

        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(json(read).get("benefitsUnit").asString()).isEqualTo("4405");
        assertThat(auditLog.forCase(request.caseKey())).extracting(AuditRecord::navIdent, AuditRecord::decision)
                .containsExactly(Tuple.tuple("Z990403", Decision.PERMIT));
    }

    @Test
    void an_adviser_of_another_office_may_not_mark_the_conference_held_and_the_refusal_is_audited() {
        var request = conferenceCreatedFor("0315");
        UUID id = request.payload().conferenceId();

        var held = call(HttpMethod.POST, "/api/conferences/" + id + "/held", adviserAt("1201", ADVISER_AT_1201), null);

        assertThat(held.getStatusCode().value()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("REQUESTED");
        assertThat(auditLog.forCase(request.caseKey())).singleElement().satisfies(entry -> {
            assertThat(entry.navIdent()).isEqualTo(ADVISER_AT_1201);
            assertThat(entry.action()).isEqualTo("mark conference held");
            assertThat(entry.decision()).isEqualTo(Decision.DENY);
        });
    }

    @Test
    void an_outcome_for_a_conference_not_yet_held_is_a_conflict_that_says_to_mark_it_held_first() {
        UUID id = conferenceCreatedFor("0315").payload().conferenceId();

        var outcome = call(HttpMethod.POST, "/api/conferences/" + id + "/outcome", adviserAt("0315", ADVISER_AT_0315),
                OUTCOME);

        assertThat(outcome.getStatusCode().value()).isEqualTo(409);
        assertThat(outcome.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json(outcome).get("detail").asString()).contains("marker det som holdt først");
        assertThat(status(id)).isEqualTo("REQUESTED");
    }

    @Test
    void a_held_conference_records_its_outcome_and_announces_the_agreed_plan() {
        var request = conferenceCreatedFor("0315");
        UUID id = request.payload().conferenceId();
        String adviser = adviserAt("0315", ADVISER_AT_0315);

        new ConferenceApi(port).schedule(id, "0315", "4402");
        var held = call(HttpMethod.POST, "/api/conferences/" + id + "/held", adviser, null);
        var outcome = call(HttpMethod.POST, "/api/conferences/" + id + "/outcome", adviser, OUTCOME);

        assertThat(held.getStatusCode().value()).isEqualTo(200);
        assertThat(json(held).get("status").asString()).isEqualTo("HELD");
        assertThat(outcome.getStatusCode().value()).isEqualTo(200);
        assertThat(json(outcome).get("status").asString()).isEqualTo("OUTCOME_RECORDED");

        var records = probe.readAll(Topics.CONFERENCES.name(), Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> announces(r, "ConferenceOutcomeRecorded", id)));
        ConsumerRecord<String, String> record = records.stream()
                .filter(r -> announces(r, "ConferenceOutcomeRecorded", id)).findFirst().orElseThrow();
        assertThat(record.key()).isEqualTo(request.caseKey());
        var event = EventJson.read(record.value());
        assertThat(event.occurredAt()).as("business time, not before the request").isAfterOrEqualTo(request.occurredAt());
        assertThat(event.correlationId()).as("the outcome continues the case's chain").isEqualTo(request.correlationId());
        assertThat(event.causationId()).as("caused by the conference request").isEqualTo(request.eventId());
        assertThat(event.payload()).isInstanceOfSatisfying(ConferenceOutcomeRecorded.class, recorded -> {
            assertThat(recorded.agreedPlan()).isEqualTo("Graded return to work trial for 8 weeks, then reassess");
            assertThat(recorded.documentsNeeded()).containsExactly("specialist statement");
            assertThat(recorded.disabilityClaimRecommended()).isFalse();
            assertThat(recorded.office()).isEqualTo("0315");
            assertThat(recorded.benefitsUnit()).isEqualTo("4402");
            assertThat(recorded.followUpDate()).hasToString("2026-05-04");
        });
    }

    @Test
    void an_outcome_without_an_agreed_plan_is_rejected_and_the_conference_stays_held() {
        UUID id = conferenceCreatedFor("0315").payload().conferenceId();
        String adviser = adviserAt("0315", ADVISER_AT_0315);
        new ConferenceApi(port).hold(id, "0315", "4402");

        var outcome = call(HttpMethod.POST, "/api/conferences/" + id + "/outcome", adviser,
                OUTCOME.replace("Graded return to work trial for 8 weeks, then reassess", "  "));

        assertThat(outcome.getStatusCode().value()).isEqualTo(400);
        assertThat(outcome.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json(outcome).get("problems").get(0).asString()).startsWith("/agreedPlan:");
        assertThat(status(id)).isEqualTo("HELD");
    }

    @Test
    void a_medical_adviser_reads_conferences_that_invite_their_pool_and_no_others() {
        var request = conferenceCreatedFor("0315");
        UUID id = request.payload().conferenceId();
        String inPool = TestTokens.bearer("Z990601", List.of("medical-adviser"), List.of("rol-pool"));
        String otherPool = TestTokens.bearer("Z990602", List.of("medical-adviser"), List.of("rol-pool-vest"));

        var invited = call(HttpMethod.GET, "/api/conferences/" + id, inPool, null);
        var notInvited = call(HttpMethod.GET, "/api/conferences/" + id, otherPool, null);

        assertThat(invited.getStatusCode().value()).isEqualTo(200);
        assertThat(notInvited.getStatusCode().value()).isEqualTo(403);
        assertThat(notInvited.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(auditLog.forCase(request.caseKey())).extracting(AuditRecord::navIdent, AuditRecord::decision)
                .containsExactlyInAnyOrder(Tuple.tuple("Z990601", Decision.PERMIT), Tuple.tuple("Z990602", Decision.DENY));
    }

    /** Publishes a conference request for the office and waits until the conference exists. */
    private EventEnvelope<ConferenceRequested> conferenceCreatedFor(String office) {
        var request = conferenceRequested(newCaseKey(), office, PERSON);
        UUID id = request.payload().conferenceId();
        probe.send(Topics.CASES.name(), request.caseKey(), EventJson.writeString(request));
        probe.readAll(Topics.CONFERENCES.name(), Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> announces(r, "ConferenceCreated", id)));
        return request;
    }

    /** The status in the office's list, which is not a read of the person's data (no audit entry). */
    private String status(UUID id) {
        return conference(new ConferenceApi(port).allListed(adviserAt("0315", ADVISER_AT_0315)), id)
                .get("status").asString();
    }

    private static JsonNode conference(List<JsonNode> list, UUID id) {
        for (JsonNode row : list) {
            if (row.get("id").asString().equals(id.toString())) {
                return row;
            }
        }
        return null;
    }

    private static String adviserAt(String office, String navIdent) {
        return TestTokens.bearer(navIdent, List.of("nav-office-adviser"), List.of(office));
    }

    private static JsonNode json(ResponseEntity<String> response) {
        return EventJson.mapper().readTree(response.getBody());
    }

    private ResponseEntity<String> call(HttpMethod method, String path, String bearer, String body) {
        return new ServiceCalls(port).call(method, path, bearer, body);
    }
}

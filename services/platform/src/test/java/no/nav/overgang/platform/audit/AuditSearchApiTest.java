package no.nav.overgang.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.platform.privacy.CaseKeys;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class AuditSearchApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PERSON = "02447140090";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    CaseKeys caseKeys;

    @Test
    void the_auditor_finds_a_persons_records_by_national_id_both_by_case_key_and_by_id() throws Exception {
        String person = uniquePerson();
        String caseKey = caseKeys.caseKey(person);
        NavUser adviser = employee("Z990101", Role.NAV_OFFICE_ADVISER);
        auditLog.record(new AuditEntry(adviser, caseKey, null, "read conference", "GET /api/conferences/{id}",
                Decision.PERMIT, "office adviser of the case's office"));
        auditLog.record(new AuditEntry(adviser, null, person, "look up person", "GET /api/persons",
                Decision.DENY, "not the case's office"));

        HttpResponse<String> response = get("/api/audit", auditor(), person);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = JsonMapper.shared().readTree(response.body());
        assertThat(result.get("service").asString()).isEqualTo("overgang-platformtest");
        // newest first: the auditor's own search, then the two accesses
        assertThat(result.get("records").valueStream().map(r -> r.get("action").asString()).toList())
                .containsExactly("search audit log: person", "look up person", "read conference");
        assertThat(result.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void the_auditor_searches_by_employee_and_period_page_by_page() throws Exception {
        String ident = "Z%06d".formatted((int) (Math.random() * 1_000_000));
        NavUser adviser = employee(ident, Role.NAV_OFFICE_ADVISER);
        for (int i = 0; i < 3; i++) {
            auditLog.record(new AuditEntry(adviser, "%032x".formatted(i + 7_000_000L), null, "read conference " + i,
                    "GET /api/conferences/{id}", Decision.PERMIT, "office adviser"));
        }
        String today = LocalDate.now(AuditSearchController.OSLO).toString();

        JsonNode first = json(get("/api/audit?navIdent=" + ident + "&from=" + today + "&to=" + today + "&size=2",
                auditor(), null));
        JsonNode second = json(get("/api/audit?navIdent=" + ident + "&from=" + today + "&to=" + today + "&size=2&page=1",
                auditor(), null));
        JsonNode yesterday = json(get("/api/audit?navIdent=" + ident + "&to=" + LocalDate.now(AuditSearchController.OSLO).minusDays(2), auditor(),
                null));

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("records").valueStream().map(r -> r.get("action").asString()))
                .containsExactly("read conference 2", "read conference 1");
        assertThat(second.get("records").valueStream().map(r -> r.get("action").asString()))
                .containsExactly("read conference 0");
        assertThat(yesterday.get("total").asLong()).isZero();
    }

    @Test
    void every_search_is_itself_audit_logged_with_whom_it_was_about() throws Exception {
        String person = uniquePerson();

        get("/api/audit", auditor(), person);

        assertThat(auditLog.forCase(caseKeys.caseKey(person))).singleElement().satisfies(record -> {
            assertThat(record.navIdent()).isEqualTo("Z990060");
            assertThat(record.nationalId()).isEqualTo(person);
            assertThat(record.resource()).isEqualTo("GET /api/audit");
            assertThat(record.decision()).isEqualTo(Decision.PERMIT);
        });
    }

    @Test
    void another_role_is_refused_and_the_refusal_is_audit_logged() throws Exception {
        String person = uniquePerson();
        String admin = TestTokens.bearer("Z990050", List.of("pilot-admin"), List.of());

        HttpResponse<String> response = get("/api/audit", admin, person);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(person);
        assertThat(auditLog.forCase(caseKeys.caseKey(person))).extracting(AuditRecord::navIdent, AuditRecord::decision)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Z990050", Decision.DENY));
    }

    @Test
    void a_search_without_criteria_or_with_a_malformed_id_is_refused_without_echoing_it() throws Exception {
        HttpResponse<String> none = get("/api/audit", auditor(), null);
        HttpResponse<String> malformed = get("/api/audit", auditor(), "1543684008X");

        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Nav-Personident").doesNotContain("1543684008X");
    }

    private static String auditor() {
        return TestTokens.bearer("Z990060", List.of("auditor"), List.of());
    }

    private static NavUser employee(String ident, Role role) {
        return new NavUser(ident, ident, Set.of(role), Set.of("0315"));
    }

    /** Synthetic ids (month + 40) that no other test uses: the checksum does not matter to the audit log. */
    private static String uniquePerson() {
        return PERSON.substring(0, 6) + "%05d".formatted((int) (Math.random() * 100_000));
    }

    private HttpResponse<String> get(String path, String bearer, String nationalId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", bearer).header("Accept", "application/json");
        if (nationalId != null) {
            request.header(AuditSearchController.PERSON_HEADER, nationalId);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body());
    }
}

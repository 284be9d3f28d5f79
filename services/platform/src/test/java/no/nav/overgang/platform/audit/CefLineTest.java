package no.nav.overgang.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;

class CefLineTest {

    private static final NavUser ADVISER = new NavUser("Z990001", "Z990001", Set.of(Role.NAV_OFFICE_ADVISER),
            Set.of("0315"));
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final String CASE_KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void a_read_by_case_key_follows_navs_cef_convention() {
        String line = CefLine.of("overgang-conference", new AuditEntry(ADVISER, CASE_KEY, null, "read conference",
                "GET /api/conferences/{id}", Decision.PERMIT, "office adviser of the case's office"), AT);

        assertThat(line).isEqualTo("CEF:0|overgang|overgang-conference|1.0|audit:access|Sporingslogg|INFO|"
                + "end=" + AT.toEpochMilli() + " suid=Z990001 duid=" + CASE_KEY + " requestMethod=GET"
                + " request=/api/conferences/{id} act=access msg=read conference flexString1Label=Decision"
                + " flexString1=Permit cs3Label=Rule cs3=office adviser of the case's office cs5Label=Roles"
                + " cs5=nav-office-adviser cs6Label=CaseKey cs6=" + CASE_KEY);
    }

    @Test
    void a_refusal_by_national_id_names_the_person_in_duid_and_is_a_warning() {
        String line = CefLine.of("overgang-handover", new AuditEntry(ADVISER, CASE_KEY, "15436840087",
                "claim handover", "POST /api/handovers/{id}/claim", Decision.DENY, "not at the receiving unit"), AT);

        assertThat(line).startsWith("CEF:0|overgang|overgang-handover|1.0|audit:update|Sporingslogg|WARN|")
                .contains(" duid=15436840087 ", " requestMethod=POST ", " flexString1=Deny ", " cs6=" + CASE_KEY);
    }

    @Test
    void an_audit_record_without_a_person_leaves_duid_out() {
        String line = CefLine.of("overgang-metrics", new AuditEntry(ADVISER, null, null, "export analysis dataset",
                "GET /api/analysis/dataset", Decision.PERMIT, "statistician role"), AT);

        assertThat(line).doesNotContain("duid=").doesNotContain("cs6=");
    }

    @Test
    void special_characters_are_escaped_in_the_header_and_in_extension_values() {
        assertThat(CefLine.header("a|b\\c\nd")).isEqualTo("a\\|b\\\\c d");
        assertThat(CefLine.extensionValue("a=b\\c\nd\re|f")).isEqualTo("a\\=b\\\\c\\nd\\re|f");
    }

    @Test
    void a_value_cannot_forge_another_field_or_a_second_line() {
        String line = CefLine.of("overgang|evil", new AuditEntry(ADVISER, CASE_KEY, null,
                "read\nCEF:0|forged suid=Z999999", "GET /api/x", Decision.PERMIT, "rule=permit all"), AT);

        assertThat(line).doesNotContain("\n").contains("|overgang\\|evil|")
                .contains(" msg=read\\nCEF:0|forged suid\\=Z999999 ")
                .contains(" cs3=rule\\=permit all ")
                .containsOnlyOnce("suid=");
    }

    @Test
    void a_job_that_deletes_is_a_delete_without_an_http_method() {
        String line = CefLine.of("overgang-coordinator", new AuditEntry(ADVISER, null, null,
                "delete case milestones (3 rows)", "retention job", Decision.PERMIT, "retention"), AT);

        assertThat(line).contains("|audit:delete|").doesNotContain("requestMethod=").contains(" request=retention job ");
    }
}

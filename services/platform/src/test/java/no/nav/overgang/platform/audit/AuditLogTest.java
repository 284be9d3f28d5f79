package no.nav.overgang.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;
import no.nav.overgang.platform.testapp.TestEvents;
import no.nav.overgang.testkit.ServiceTest;

@ServiceTest
class AuditLogTest {

    private static final NavUser ADVISER = new NavUser("Z990001", "Z990001",
            Set.of(Role.NAV_OFFICE_ADVISER, Role.PILOT_ADMIN), Set.of("0315"));

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_access_is_recorded_with_who_whose_what_and_why_newest_first() {
        String caseKey = TestEvents.newCaseKey();

        auditLog.record(new AuditEntry(ADVISER, caseKey, null, "read conference", "GET /api/conferences/{id}",
                Decision.PERMIT, "office adviser of the case's office"));
        auditLog.record(new AuditEntry(ADVISER, caseKey, "15436840087", "read handover", "GET /api/handovers/{id}",
                Decision.DENY, "not a caseworker of the receiving unit"));

        assertThat(auditLog.forCase(caseKey))
                .extracting(AuditRecord::navIdent, AuditRecord::roles, AuditRecord::action, AuditRecord::decision,
                        AuditRecord::rule)
                .containsExactly(
                        tuple("Z990001", "nav-office-adviser,pilot-admin",
                                "read handover", Decision.DENY, "not a caseworker of the receiving unit"),
                        tuple("Z990001", "nav-office-adviser,pilot-admin",
                                "read conference", Decision.PERMIT, "office adviser of the case's office"));
        assertThat(auditLog.forCase(caseKey)).allSatisfy(record -> assertThat(record.loggedAt()).isNotNull());
    }

    @Test
    void an_audit_record_cannot_be_changed() {
        String caseKey = recordedCase();

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET rule = 'rewritten' WHERE case_key = ?", caseKey))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_log is append-only");
        assertThat(auditLog.forCase(caseKey)).extracting(AuditRecord::rule).containsExactly("auditor");
    }

    @Test
    void an_audit_record_cannot_be_deleted() {
        String caseKey = recordedCase();

        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE case_key = ?", caseKey))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_log is append-only");
        assertThat(auditLog.forCase(caseKey)).hasSize(1);
    }

    @Test
    void the_audit_log_cannot_be_truncated() {
        String caseKey = recordedCase();

        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_log"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_log is append-only");
        assertThat(auditLog.forCase(caseKey)).hasSize(1);
    }

    private String recordedCase() {
        String caseKey = TestEvents.newCaseKey();
        auditLog.record(new AuditEntry(ADVISER, caseKey, null, "read audit log", "GET /api/audit", Decision.PERMIT,
                "auditor"));
        return caseKey;
    }
}

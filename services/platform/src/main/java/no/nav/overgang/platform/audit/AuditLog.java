package no.nav.overgang.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records every access to a person's data, permitted or denied, in the service's append-only {@code audit_log}
 * table (a trigger refuses updates and deletes). Written in the caller's transaction when there is one, so an
 * access and its record commit together.
 */
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(AuditEntry entry) {
        jdbc.update("""
                INSERT INTO audit_log (logged_at, nav_ident, roles, case_key, national_id, action, resource, decision, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), entry.user().navIdent(), entry.user().rolesText(), entry.caseKey(),
                entry.nationalId(), entry.action(), entry.resource(), entry.decision().name(), entry.rule());
    }

    /** The records about one case, newest first; for the auditor and for a person's access request. */
    public List<AuditRecord> forCase(String caseKey) {
        return jdbc.query("""
                SELECT logged_at, nav_ident, roles, case_key, action, resource, decision, rule
                FROM audit_log WHERE case_key = ? ORDER BY id DESC""",
                (rs, i) -> new AuditRecord(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), AuditEntry.Decision.valueOf(rs.getString(7)),
                        rs.getString(8)),
                caseKey);
    }

    public record AuditRecord(java.time.Instant loggedAt, String navIdent, String roles, String caseKey, String action,
                              String resource, AuditEntry.Decision decision, String rule) {
    }
}

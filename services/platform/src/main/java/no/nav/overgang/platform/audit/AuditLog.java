package no.nav.overgang.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every access to a person's data, permitted or denied, in the service's append-only {@code audit_log}
 * table (triggers refuse update, delete and truncate). Written in the caller's transaction when there is one, so an
 * access and its record commit together. Each record is also written as an ArcSight CEF line to the dedicated
 * {@value #CEF_LOGGER} logger (its own appender in {@code logback-spring.xml}, never the service's ordinary log),
 * once the transaction has committed, so the CEF log holds exactly the records the table holds.
 */
public class AuditLog {

    /** The logger the CEF lines go to; configured with its own appender and no additivity. */
    public static final String CEF_LOGGER = "auditLogger";

    private static final Logger cef = LoggerFactory.getLogger(CEF_LOGGER);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String service;

    public AuditLog(JdbcTemplate jdbc, Clock clock, String service) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.service = service;
    }

    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /**
     * Records several accesses at once, in one batched statement instead of a round trip each: a list page that shows
     * many persons' cases audits every one it shows.
     */
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.batchUpdate("""
                INSERT INTO audit_log (logged_at, nav_ident, roles, case_key, national_id, action, resource, decision, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, entry) -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setString(2, entry.user().navIdent());
                    ps.setString(3, entry.user().rolesText());
                    ps.setString(4, entry.caseKey());
                    ps.setString(5, entry.nationalId());
                    ps.setString(6, entry.action());
                    ps.setString(7, entry.resource());
                    ps.setString(8, entry.decision().name());
                    ps.setString(9, entry.rule());
                });
        List<String> lines = entries.stream().map(entry -> CefLine.of(service, entry, now)).toList();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    lines.forEach(cef::info);
                }
            });
        } else {
            lines.forEach(cef::info);
        }
    }

    /** The records about one case, newest first; for the auditor and for a person's access request. */
    public List<AuditRecord> forCase(String caseKey) {
        return search(new AuditQuery(caseKey, null, null, null, null), 0, Integer.MAX_VALUE);
    }

    /** The records that match every given criterion, newest first, one page. */
    public List<AuditRecord> search(AuditQuery query, long offset, int limit) {
        return JdbcClient.create(jdbc).sql("""
                        SELECT id, logged_at, nav_ident, roles, case_key, national_id, action, resource, decision, rule
                        FROM audit_log""" + AuditQuery.WHERE + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .paramSource(query.parameters().addValue("limit", limit).addValue("offset", offset))
                .query(AuditLog::row)
                .list();
    }

    /** How many records match. */
    public long count(AuditQuery query) {
        return JdbcClient.create(jdbc).sql("SELECT count(*) FROM audit_log" + AuditQuery.WHERE)
                .paramSource(query.parameters())
                .query(Long.class)
                .single();
    }

    private static AuditRecord row(ResultSet rs, int i) throws SQLException {
        return new AuditRecord(rs.getLong("id"), rs.getTimestamp("logged_at").toInstant(), rs.getString("nav_ident"),
                rs.getString("roles"), rs.getString("case_key"), rs.getString("national_id"), rs.getString("action"),
                rs.getString("resource"), AuditEntry.Decision.valueOf(rs.getString("decision")), rs.getString("rule"));
    }

    /** One stored record. {@code toString} leaves the national id out. */
    public record AuditRecord(long id, Instant loggedAt, String navIdent, String roles, String caseKey,
                              String nationalId, String action, String resource, AuditEntry.Decision decision,
                              String rule) {

        @Override
        public String toString() {
            return "AuditRecord[id=" + id + ", loggedAt=" + loggedAt + ", navIdent=" + navIdent + ", caseKey="
                    + caseKey + ", action=" + action + ", decision=" + decision + "]";
        }
    }
}

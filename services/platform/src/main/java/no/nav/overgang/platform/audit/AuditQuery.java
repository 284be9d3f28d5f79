package no.nav.overgang.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What the auditor searches for; every criterion that is given must match, and a missing one matches everything.
 *
 * @param caseKey    whose data, pseudonymously
 * @param nationalId whose data, for records written with the national id (matched together with the case key)
 * @param navIdent   which employee
 * @param from       from this instant, inclusive
 * @param until      until this instant, exclusive
 */
public record AuditQuery(String caseKey, String nationalId, String navIdent, Instant from, Instant until) {

    /** One fixed, parameterised condition; no SQL is ever built from the criteria. */
    static final String WHERE = "\n" + """
             WHERE ((CAST(:caseKey AS text) IS NULL AND CAST(:nationalId AS text) IS NULL)
                    OR case_key = :caseKey OR national_id = :nationalId)
               AND (CAST(:navIdent AS text) IS NULL OR nav_ident = :navIdent)
               AND (CAST(:from AS timestamptz) IS NULL OR logged_at >= :from)
               AND (CAST(:until AS timestamptz) IS NULL OR logged_at < :until)""";

    public boolean byPerson() {
        return caseKey != null || nationalId != null;
    }

    public boolean isEmpty() {
        return !byPerson() && navIdent == null && from == null && until == null;
    }

    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("caseKey", caseKey)
                .addValue("nationalId", nationalId)
                .addValue("navIdent", navIdent)
                .addValue("from", from == null ? null : Timestamp.from(from))
                .addValue("until", until == null ? null : Timestamp.from(until));
    }

    /** The criteria as text for the auditor's own audit record; the national id stays in its own column. */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (byPerson()) {
            text.append(" person");
        }
        if (navIdent != null) {
            text.append(" employee ").append(navIdent);
        }
        if (from != null || until != null) {
            text.append(" period ").append(from == null ? "…" : from).append(" – ").append(until == null ? "…" : until);
        }
        return text.toString().trim();
    }

    @Override
    public String toString() {
        return "AuditQuery[" + describe() + "]";
    }
}

package no.nav.overgang.conference.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.payload.CaseHistoryEntry;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.platform.outbox.BeforeCommit;

/**
 * The cases' histories (milestones and the coordinator's explained steps), by case key. Writes made while a consumed
 * batch is processed are collected and written just before its transaction commits (the platform's
 * {@link BeforeCommit}): at most three set-based statements per batch, whatever its size, not a round trip per event.
 */
@Repository
public class CaseHistory {

    private final JdbcTemplate jdbc;
    private final BeforeCommit<Pending> pending = BeforeCommit.inserts(this::write, () -> {
    });

    public CaseHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the entry unless its case has a non-pilot arm; an entry seen before is ignored. */
    public void add(UUID eventId, String caseKey, CaseHistoryEntry entry) {
        Map<String, Object> row = new HashMap<>();
        row.put("event_id", eventId);
        row.put("case_key", caseKey);
        row.put("occurred_at", entry.occurredAt());
        row.put("event_type", entry.eventType());
        row.put("milestone", entry.milestone());
        row.put("source", entry.source());
        row.put("details", entry.details());
        row.put("explanation", entry.explanation());
        pending.add(new Entry(row), REFUSAL);
    }

    /** The case got a non-pilot arm: no conference will ever show its history, so it is not kept. */
    public void forget(String caseKey) {
        pending.add(new NonPilot(caseKey), REFUSAL);
    }

    /** The case's history, oldest first; at the same time a milestone comes before the step it caused. */
    public List<CaseHistoryEntry> of(String caseKey) {
        return jdbc.query("""
                SELECT occurred_at, event_type, milestone, source, details, explanation FROM case_history
                WHERE case_key = ? ORDER BY occurred_at, milestone IS NULL, event_id""",
                (rs, i) -> new CaseHistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3) == null ? null : MilestoneType.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : SourceSystem.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null
                                : EventJson.mapper().readValue(rs.getString(5), MilestoneDetails.class),
                        rs.getString(6)), caseKey);
    }

    private void write(List<Pending> batch) {
        String[] nonPilot = batch.stream().filter(NonPilot.class::isInstance).map(p -> ((NonPilot) p).caseKey())
                .distinct().toArray(String[]::new);
        List<Map<String, Object>> entries = batch.stream().filter(Entry.class::isInstance)
                .map(p -> ((Entry) p).row()).toList();
        if (nonPilot.length > 0) {
            jdbc.update("INSERT INTO non_pilot_case (case_key) SELECT unnest(?::text[]) ON CONFLICT DO NOTHING",
                    (Object) nonPilot);
            jdbc.update("DELETE FROM case_history WHERE case_key = ANY (?)", (Object) nonPilot);
        }
        if (!entries.isEmpty()) {
            jdbc.update("""
                    INSERT INTO case_history (event_id, case_key, occurred_at, event_type, milestone, source, details,
                        explanation)
                    SELECT r.event_id, r.case_key, r.occurred_at, r.event_type, r.milestone, r.source, r.details,
                        r.explanation
                    FROM jsonb_to_recordset(?::jsonb) AS r(event_id UUID, case_key TEXT, occurred_at TIMESTAMPTZ,
                        event_type TEXT, milestone TEXT, source TEXT, details JSONB, explanation TEXT)
                    WHERE NOT EXISTS (SELECT 1 FROM non_pilot_case n WHERE n.case_key = r.case_key)
                    ON CONFLICT (event_id) DO NOTHING""", EventJson.mapper().writeValueAsString(entries));
        }
    }

    private static final String REFUSAL = "case history is written inside the consuming transaction";

    /** What a batch leaves to write at its commit. */
    private sealed interface Pending permits Entry, NonPilot {
    }

    private record Entry(Map<String, Object> row) implements Pending {
    }

    private record NonPilot(String caseKey) implements Pending {
    }
}

package no.nav.overgang.coordinator.cohort;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.platform.outbox.BeforeCommit;

/**
 * Milestones in {@code case_milestone}, stored as they arrive (one batch insert per transaction) and, while the
 * source watermark has not passed them, pending with their partition and what applying them needs.
 */
@Repository
public class PendingMilestones {

    /** Business-time order: by {@code occurredAt}, ties by event id, so every run applies them alike. */
    public static final Comparator<EventEnvelope<MilestoneRecorded>> ORDER =
            Comparator.<EventEnvelope<MilestoneRecorded>, Instant>comparing(EventEnvelope::occurredAt)
                    .thenComparing(EventEnvelope::eventId);

    private final JdbcTemplate jdbc;
    private final BeforeCommit<Row> rows;

    public PendingMilestones(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = BeforeCommit.inserts(this::insert, () -> {
        });
    }

    /** Stores the milestone in the caller's transaction: pending on {@code partition}, or already applied. */
    public void add(EventEnvelope<MilestoneRecorded> event, int partition, boolean pending) {
        rows.add(new Row(event, partition, pending), "milestones are stored in the consumer's transaction");
    }

    /** Writes what this transaction has stored so far, before reading it back. */
    public void flush() {
        rows.flushNow();
    }

    /**
     * Takes the pending milestones of {@code partition} before {@code completeBefore}, marks them applied in the
     * caller's transaction (clearing what only applying needed) and returns them in business-time order.
     */
    public List<EventEnvelope<MilestoneRecorded>> takeDue(int partition, Instant completeBefore) {
        return jdbc.query("""
                WITH due AS (
                    SELECT event_id, national_id FROM case_milestone
                    WHERE pending AND milestone_partition = ? AND occurred_at < ? FOR UPDATE)
                UPDATE case_milestone m SET pending = false, national_id = NULL
                FROM due WHERE m.event_id = due.event_id
                RETURNING m.event_id, m.case_key, m.milestone, m.source_system, m.office, m.occurred_at, m.details,
                    m.source_event_id, due.national_id, m.correlation_id""",
                (rs, i) -> {
                    Instant at = rs.getTimestamp(6).toInstant();
                    MilestoneRecorded milestone = new MilestoneRecorded(rs.getString(8),
                            SourceSystem.valueOf(rs.getString(4)), MilestoneType.valueOf(rs.getString(3)),
                            rs.getString(9), rs.getString(5),
                            EventJson.mapper().readValue(rs.getString(7), MilestoneDetails.class));
                    UUID eventId = rs.getObject(1, UUID.class);
                    return new EventEnvelope<>(eventId, EventType.MILESTONE_RECORDED.typeName(),
                            EventType.MILESTONE_RECORDED.schemaVersion(), at, at, "overgang-intake",
                            rs.getString(2), rs.getObject(10, UUID.class), null, milestone);
                },
                partition, Timestamp.from(completeBefore)).stream().sorted(ORDER).toList();
    }

    private void insert(List<Row> batch) {
        jdbc.batchUpdate("""
                INSERT INTO case_milestone (event_id, case_key, milestone, source_system, office, occurred_at, details,
                    pending, milestone_partition, source_event_id, national_id, correlation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                batch, 1000, (ps, row) -> {
                    EventEnvelope<MilestoneRecorded> event = row.event();
                    MilestoneRecorded m = event.payload();
                    ps.setObject(1, event.eventId());
                    ps.setString(2, event.caseKey());
                    ps.setString(3, m.milestone().name());
                    ps.setString(4, m.sourceSystem().name());
                    ps.setString(5, m.office());
                    ps.setTimestamp(6, Timestamp.from(event.occurredAt()));
                    ps.setString(7, EventJson.mapper().writeValueAsString(m.details()));
                    ps.setBoolean(8, row.pending());
                    ps.setInt(9, row.partition());
                    ps.setString(10, m.sourceEventId());
                    if (row.pending()) {
                        ps.setString(11, m.nationalId());
                        ps.setObject(12, event.correlationId());
                    } else {
                        ps.setNull(11, Types.VARCHAR);
                        ps.setNull(12, Types.OTHER);
                    }
                });
    }

    private record Row(EventEnvelope<MilestoneRecorded> event, int partition, boolean pending) {
    }
}

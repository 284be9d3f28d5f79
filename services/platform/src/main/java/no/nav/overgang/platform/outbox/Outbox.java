package no.nav.overgang.platform.outbox;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.TopicSpec;

/**
 * The transactional outbox. Adding an event writes it in the caller's database transaction, so the state change and
 * the event that announces it commit together or not at all; the {@link OutboxPublisher} sends it after commit.
 */
public class Outbox {

    private static final String OUTSIDE = "the outbox must be written inside the transaction of the state change";

    private final BeforeCommit<Row> rows;

    public Outbox(JdbcTemplate jdbc, OutboxPublisher publisher) {
        this.rows = new BeforeCommit<>(rows -> jdbc.batchUpdate("""
                INSERT INTO outbox (event_id, topic, record_key, event_type, payload, partition)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, topic) DO NOTHING""", rows, 1000, (ps, row) -> {
            ps.setObject(1, row.event().eventId());
            ps.setString(2, row.topic());
            ps.setString(3, row.event().caseKey());
            ps.setString(4, row.event().eventType());
            ps.setBytes(5, EventJson.write(row.event()));
            ps.setObject(6, row.partition(), java.sql.Types.INTEGER);
        }), publisher::wakeUp);
    }

    /** Adds the event for its type's topic. */
    public void add(EventEnvelope<?> event) {
        add(event, event.type().topic());
    }

    public void add(EventEnvelope<?> event, TopicSpec topic) {
        add(List.of(event), topic.name());
    }

    /**
     * Adds the events in the caller's transaction. They are written just before it commits, together with every
     * other event of the transaction, in one batch and in the order they were added.
     */
    public void add(List<? extends EventEnvelope<?>> events, String topic) {
        for (EventEnvelope<?> event : events) {
            rows.add(new Row(event, topic, null), OUTSIDE);
        }
    }

    /**
     * Adds the event for one partition of the topic, whatever its key; for markers that every partition must carry
     * (the intake's source watermark). Written in order with the transaction's other events.
     */
    public void addToPartition(EventEnvelope<?> event, TopicSpec topic, int partition) {
        rows.add(new Row(event, topic.name(), partition), OUTSIDE);
    }

    private record Row(EventEnvelope<?> event, String topic, Integer partition) {
    }
}

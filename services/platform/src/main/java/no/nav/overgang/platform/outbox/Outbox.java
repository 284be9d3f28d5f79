package no.nav.overgang.platform.outbox;

import java.sql.Types;
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

    /** Six parameters a row; PostgreSQL takes at most 65,535 in one statement. */
    private static final int ROWS_PER_STATEMENT = 1000;

    private final BeforeCommit<Row> rows;

    public Outbox(JdbcTemplate jdbc, OutboxPublisher publisher) {
        this.rows = BeforeCommit.inserts(rows -> insert(jdbc, rows), publisher::wakeUp);
    }

    /**
     * One multi-row {@code INSERT} per {@value #ROWS_PER_STATEMENT} rows, in the order they were added (ids follow
     * it): a batch of single-row inserts made PostgreSQL execute a statement per event.
     */
    private static void insert(JdbcTemplate jdbc, List<Row> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO outbox (event_id, topic, record_key, event_type, payload, partition) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
            }
            sql.append(" ON CONFLICT (event_id, topic) DO NOTHING");
            jdbc.update(sql.toString(), ps -> {
                int p = 0;
                for (Row row : chunk) {
                    ps.setObject(++p, row.event().eventId());
                    ps.setString(++p, row.topic());
                    ps.setString(++p, row.event().caseKey());
                    ps.setString(++p, row.event().eventType());
                    ps.setBytes(++p, EventJson.write(row.event()));
                    ps.setObject(++p, row.partition(), Types.INTEGER);
                }
            });
        }
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

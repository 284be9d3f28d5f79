package no.nav.overgang.platform.outbox;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.TopicSpec;

/**
 * The transactional outbox. Adding an event writes it in the caller's database transaction, so the state change and
 * the event that announces it commit together or not at all; the {@link OutboxPublisher} sends it after commit.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final OutboxPublisher publisher;

    public Outbox(JdbcTemplate jdbc, OutboxPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /** Adds the event for its type's topic. */
    public void add(EventEnvelope<?> event) {
        add(event, event.type().topic());
    }

    public void add(EventEnvelope<?> event, TopicSpec topic) {
        add(List.of(event), topic.name());
    }

    public void add(List<? extends EventEnvelope<?>> events, String topic) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the outbox must be written inside the transaction of the state change");
        }
        jdbc.batchUpdate("""
                INSERT INTO outbox (event_id, topic, record_key, event_type, payload) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (event_id, topic) DO NOTHING""", events, 500, (ps, event) -> {
            ps.setObject(1, event.eventId());
            ps.setString(2, topic);
            ps.setString(3, event.caseKey());
            ps.setString(4, event.eventType());
            ps.setBytes(5, EventJson.write(event));
        });
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publisher.wakeUp();
            }
        });
    }
}

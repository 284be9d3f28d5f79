package no.nav.overgang.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.platform.PlatformProperties;

/**
 * Sends committed outbox rows to Kafka in id order and deletes them once Kafka has acknowledged them. A crash at any
 * point leaves unacknowledged rows in the table, and they are sent again on restart (at least once; consumers are
 * idempotent). One publisher per service is active at a time (a PostgreSQL advisory lock), so a case's events leave in
 * the order they were written even with several instances.
 */
public class OutboxPublisher implements SmartLifecycle {

    /** The record header naming the event's type, so consumers can skip types they do not handle unread. */
    public static final String EVENT_TYPE_HEADER = "eventType";

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final PlatformProperties.Outbox settings;
    private final String lockName;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private volatile boolean running;
    private Thread worker;

    public OutboxPublisher(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, byte[]> kafka,
                           PlatformProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.settings = properties.outbox();
        this.lockName = "outbox:" + properties.serviceName();
        this.published = Counter.builder("overgang.outbox.published").description("events sent from the outbox")
                .register(meters);
    }

    void wakeUp() {
        wakeUps.release();
    }

    /** Publishes one round; returns how many events were sent. */
    public int publishOnce() {
        Integer sent = transactions.execute(status -> {
            Boolean mine = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(hashtext(?))", Boolean.class, lockName);
            if (!Boolean.TRUE.equals(mine)) {
                return 0;
            }
            List<Row> rows = jdbc.query("""
                    SELECT id, topic, record_key, event_type, payload, partition FROM outbox ORDER BY id LIMIT ?""",
                    (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5),
                            (Integer) rs.getObject(6)),
                    settings.batchSize());
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.partition(), row.key(),
                        row.payload());
                record.headers().add(EVENT_TYPE_HEADER, row.eventType().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                acks.add(kafka.send(record));
            }
            try {
                CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                        .get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge the outbox round", e);
            }
            jdbc.update("DELETE FROM outbox WHERE id = ANY (?)", (Object) rows.stream().map(Row::id).toArray(Long[]::new));
            return rows.size();
        });
        int count = sent == null ? 0 : sent;
        published.increment(count);
        return count;
    }

    private void run() {
        long backoffMillis = 100;
        while (running) {
            try {
                int sent = publishOnce();
                backoffMillis = 100;
                if (sent < settings.batchSize()) {
                    wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox round failed, retrying in {} ms: {}", backoffMillis, e.getMessage());
                try {
                    wakeUps.tryAcquire(backoffMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 10_000);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-publisher-" + lockName).daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            wakeUps.release();
            try {
                worker.join(2_000);
                if (worker.isAlive()) {
                    // blocked on an unreachable database or broker: give up the round; its rows stay for next time
                    worker.interrupt();
                    worker.join(5_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // started after the database and Kafka clients, stopped before them
        return Integer.MAX_VALUE - 200;
    }

    /** {@code partition} is null when the key chooses it. */
    private record Row(long id, String topic, String key, String eventType, byte[] payload, Integer partition) {
    }
}

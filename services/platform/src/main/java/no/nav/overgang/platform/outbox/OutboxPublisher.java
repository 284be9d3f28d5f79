package no.nav.overgang.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
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

    /**
     * Publishes one round; returns how many events were sent. The round takes the oldest rows out of the table in its
     * transaction (one statement), hands them to the producer with one callback counting the acknowledgements, and
     * commits the deletion only once Kafka has acknowledged every one: a failure or a crash rolls it back, and the
     * rows are sent again.
     */
    public int publishOnce() {
        Integer sent = transactions.execute(status -> {
            Boolean mine = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(hashtext(?))", Boolean.class, lockName);
            if (!Boolean.TRUE.equals(mine)) {
                return 0;
            }
            // the ids are taken once (ARRAY(...)) and the rows found by the primary key: "id IN (SELECT ...)" let the
            // planner, with the statistics of an empty table, rescan the ids for each row (seconds a round).
            List<Row> rows = new ArrayList<>(jdbc.query("""
                    DELETE FROM outbox WHERE id = ANY (ARRAY(SELECT id FROM outbox ORDER BY id LIMIT ?))
                    RETURNING id, topic, record_key, event_type, payload, partition""",
                    (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5),
                            (Integer) rs.getObject(6)),
                    settings.batchSize()));
            if (rows.isEmpty()) {
                return 0;
            }
            // RETURNING gives no order: send in id order, so a case's events leave in the order they were written
            rows.sort(Comparator.comparingLong(Row::id));
            Acknowledgements acks = new Acknowledgements(rows.size());
            kafka.execute(producer -> {
                for (Row row : rows) {
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.partition(),
                            row.key(), row.payload());
                    record.headers().add(EVENT_TYPE_HEADER, row.eventType().getBytes(StandardCharsets.UTF_8));
                    producer.send(record, acks);
                }
                return null;
            });
            acks.await(settings.sendTimeout());
            return rows.size();
        });
        int count = sent == null ? 0 : sent;
        published.increment(count);
        return count;
    }

    /** Counts a round's acknowledgements; the first failure fails the round. */
    private static final class Acknowledgements implements Callback {

        private final CountDownLatch outstanding;
        private final AtomicReference<Exception> failure = new AtomicReference<>();

        Acknowledgements(int records) {
            this.outstanding = new CountDownLatch(records);
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (exception != null) {
                failure.compareAndSet(null, exception);
            }
            outstanding.countDown();
        }

        void await(Duration timeout) {
            try {
                if (!outstanding.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("Kafka did not acknowledge the outbox round",
                            new TimeoutException("no acknowledgement within " + timeout));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
            if (failure.get() != null) {
                throw new IllegalStateException("Kafka did not acknowledge the outbox round", failure.get());
            }
        }
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

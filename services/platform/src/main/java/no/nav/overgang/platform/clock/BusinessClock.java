package no.nav.overgang.platform.clock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import no.nav.overgang.platform.outbox.BeforeCommit;

/**
 * Business time: the events' own time. Deadlines and timers are measured on it, never on the wall clock, so replaying
 * a year of history gives the same answers as living through it. It only moves forward, and it is stored with the
 * state it belongs to.
 * <p>
 * It is kept per topic-partition ({@link PartitionProgress}): business time is the <b>low watermark</b> — the earliest
 * latest-{@code occurredAt} among the partitions that still have unread records (a partition registered but not read
 * at all holds it where it is) — and, when every partition is read to its end, the latest {@code occurredAt} read.
 * A partition that is read to its end, or has never had a record, is idle and does not hold business time back. So a
 * partition read ahead of another cannot push business time past deadlines whose answer is still unread elsewhere.
 */
public class BusinessClock {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AtomicReference<Instant> cached = new AtomicReference<>();

    public BusinessClock(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Without listeners for {@link BusinessTimeAdvanced}. */
    public BusinessClock(JdbcTemplate jdbc) {
        this(jdbc, event -> {
        });
    }

    public Instant now() {
        Instant known = cached.get();
        if (known != null) {
            return known;
        }
        Instant stored = jdbc.queryForObject("SELECT watermark FROM business_clock WHERE id = 1", Timestamp.class)
                .toInstant();
        cached.compareAndSet(null, stored);
        return cached.get();
    }

    /**
     * Moves business time forward to {@code occurredAt}, in the caller's transaction, whatever the partitions say;
     * earlier times are ignored. For times that come from somewhere other than a consumed partition.
     */
    public void advanceTo(Instant occurredAt) {
        BeforeCommit.flushInserts();
        moveTo("SELECT ?::timestamptz", Timestamp.from(occurredAt));
    }

    /**
     * Records how far partitions have been read, in the caller's transaction, and moves business time to the low
     * watermark when that is later. Watermarks and offsets of a partition only move forward.
     * <p>
     * The clock's rows are shared by every consumer thread of the service and stay locked until the commit, so the
     * transaction's pending inserts ({@link BeforeCommit#flushInserts()}) are written first: else every thread would
     * write its batch while holding them, one thread after another.
     */
    public void advance(Collection<PartitionProgress> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        BeforeCommit.flushInserts();
        upsert(partitions);
        moveTo("""
                SELECT CASE WHEN bool_or(read_to < end_offset)
                            THEN min(CASE WHEN read_to < end_offset THEN coalesce(watermark, '-infinity') END)
                            ELSE max(watermark) END
                FROM business_clock_partition""");
    }

    /**
     * Registers partitions as the consumer group has read them (on assignment): a partition with unread records then
     * holds business time from the start, even before a consumer has read it. Never moves business time.
     */
    public void register(Collection<PartitionProgress> partitions) {
        upsert(partitions);
    }

    private void upsert(Collection<PartitionProgress> partitions) {
        List<Object[]> rows = partitions.stream().map(p -> new Object[] {p.topic(), p.partition(),
                p.watermark() == null ? null : Timestamp.from(p.watermark()), p.readTo(), p.endOffset()}).toList();
        // sorted, so that concurrent upserts lock rows in the same order
        List<Object[]> sorted = rows.stream().sorted((a, b) -> {
            int byTopic = ((String) a[0]).compareTo((String) b[0]);
            return byTopic != 0 ? byTopic : Integer.compare((Integer) a[1], (Integer) b[1]);
        }).toList();
        jdbc.batchUpdate("""
                INSERT INTO business_clock_partition (topic, partition, watermark, read_to, end_offset)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (topic, partition) DO UPDATE SET
                    watermark = GREATEST(business_clock_partition.watermark, EXCLUDED.watermark),
                    read_to = GREATEST(business_clock_partition.read_to, EXCLUDED.read_to),
                    end_offset = GREATEST(business_clock_partition.end_offset, EXCLUDED.end_offset)""", sorted);
    }

    private void moveTo(String candidateQuery, Object... args) {
        Timestamp before = jdbc.queryForObject("SELECT watermark FROM business_clock WHERE id = 1 FOR UPDATE",
                Timestamp.class);
        Timestamp after = jdbc.queryForObject("""
                UPDATE business_clock SET watermark = GREATEST(watermark, coalesce((%s), watermark))
                WHERE id = 1 RETURNING watermark""".formatted(candidateQuery), Timestamp.class, args);
        if (!after.after(before)) {
            return;
        }
        Instant advanced = after.toInstant();
        // the cache follows only once the new watermark is committed
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cached.accumulateAndGet(advanced, (a, b) -> a == null || b.isAfter(a) ? b : a);
            }
        });
        events.publishEvent(new BusinessTimeAdvanced(before.toInstant(), advanced));
    }
}

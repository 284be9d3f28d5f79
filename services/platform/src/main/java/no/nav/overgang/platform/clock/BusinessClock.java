package no.nav.overgang.platform.clock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Business time: the latest {@code occurredAt} this service has processed. Deadlines and timers are measured on it,
 * never on the wall clock, so replaying a year of history gives the same answers as living through it. It only moves
 * forward, and it is stored with the state it belongs to.
 */
public class BusinessClock {

    private final JdbcTemplate jdbc;
    private final AtomicReference<Instant> cached = new AtomicReference<>();

    public BusinessClock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** Moves business time forward to {@code occurredAt}, in the caller's transaction; earlier times are ignored. */
    public void advanceTo(Instant occurredAt) {
        Timestamp watermark = jdbc.queryForObject("""
                UPDATE business_clock SET watermark = GREATEST(watermark, ?) WHERE id = 1 RETURNING watermark""",
                Timestamp.class, Timestamp.from(occurredAt));
        Instant advanced = watermark.toInstant();
        // the cache follows only once the new watermark is committed
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cached.accumulateAndGet(advanced, (a, b) -> a == null || b.isAfter(a) ? b : a);
            }
        });
    }
}

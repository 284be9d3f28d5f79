package no.nav.overgang.coordinator.cohort;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import no.nav.overgang.events.Topics;
import no.nav.overgang.platform.transaction.PerTransaction;

/**
 * The intake's source watermark as read on each partition of {@code overgang.milestone.v1}
 * ({@code milestone_watermark}): milestones of a partition before its watermark are complete. Business time for the
 * case timers is the lowest of them (with the platform's clock over the conference topics, see {@code Timers}). Kept
 * in memory once committed; a transaction sees its own markers at once.
 */
@Component
public class MilestoneWatermarks {

    private final JdbcTemplate jdbc;
    private final Map<Integer, Instant> committed = new ConcurrentHashMap<>();
    /** The watermarks this transaction has read; the committed ones follow once it commits. */
    private final PerTransaction<Map<Integer, Instant>> read = new PerTransaction<>(HashMap::new,
            own -> own.forEach((partition, at) -> committed.merge(partition, at, MilestoneWatermarks::later)));
    private volatile boolean loaded;
    private volatile int partitions = Topics.MILESTONES.partitions();

    public MilestoneWatermarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Markers were read on these partitions (partition → its latest watermark), in the caller's transaction;
     * watermarks only move forward. Returns business time for the timers: the lowest watermark over every partition,
     * but not beyond the platform's clock (a conference step may still be unread); null while a partition has had no
     * marker. Threads record their markers at once, without waiting for each other's commits: two committing at the
     * same moment may each miss the other's watermark, and then the timer sweep fires by the time they give together
     * within a second ({@code TimerSweep}); timers carry the time they were due, so only when they fire differs.
     */
    public Instant advance(Map<Integer, Instant> completeBefore, int partitionCount) {
        List<Map.Entry<Integer, Instant>> sorted = completeBefore.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList();
        jdbc.batchUpdate("""
                INSERT INTO milestone_watermark (partition, complete_before) VALUES (?, ?)
                ON CONFLICT (partition) DO UPDATE
                    SET complete_before = GREATEST(milestone_watermark.complete_before, EXCLUDED.complete_before)""",
                sorted, sorted.size(), (ps, marker) -> {
                    ps.setInt(1, marker.getKey());
                    ps.setTimestamp(2, Timestamp.from(marker.getValue()));
                });
        partitions = Math.max(1, partitionCount);
        Map<Integer, Instant> own = read.get();
        completeBefore.forEach((partition, at) -> own.merge(partition, at, MilestoneWatermarks::later));
        return timerTime();
    }

    /**
     * Business time for the timers as the database has it (with the caller's own markers): the lowest watermark over
     * every partition, but not beyond the platform's clock; null while a partition has had no marker.
     */
    public Instant timerTime() {
        Map<Integer, Instant> stored = new HashMap<>();
        Instant[] clock = new Instant[1];
        jdbc.query("""
                SELECT partition, complete_before, (SELECT watermark FROM business_clock WHERE id = 1)
                FROM milestone_watermark""", rs -> {
            stored.put(rs.getInt(1), rs.getTimestamp(2).toInstant());
            clock[0] = rs.getTimestamp(3).toInstant();
        });
        Instant lowest = null;
        for (int p = 0; p < partitions; p++) {
            Instant watermark = stored.get(p);
            if (watermark == null) {
                return null;
            }
            lowest = lowest == null || watermark.isBefore(lowest) ? watermark : lowest;
        }
        return clock[0] != null && clock[0].isBefore(lowest) ? clock[0] : lowest;
    }

    /** The watermark read on {@code partition}, or null when none has been. */
    public Instant completeBefore(int partition) {
        Instant own = ownWatermark(partition);
        Instant known = committed().get(partition);
        return own == null ? known : known == null ? own : later(own, known);
    }

    private Map<Integer, Instant> committed() {
        if (!loaded) {
            jdbc.query("SELECT partition, complete_before FROM milestone_watermark", rs -> {
                committed.merge(rs.getInt(1), rs.getTimestamp(2).toInstant(), MilestoneWatermarks::later);
            });
            loaded = true;
        }
        return committed;
    }

    private Instant ownWatermark(int partition) {
        Map<Integer, Instant> own = read.ifAny();
        return own == null ? null : own.get(partition);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

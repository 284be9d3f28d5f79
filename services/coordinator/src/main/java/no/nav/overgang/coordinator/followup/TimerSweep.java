package no.nav.overgang.coordinator.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.coordinator.cohort.MilestoneWatermarks;

/**
 * A liveness guard for {@link Timers}: once a second, when business time as the database has it
 * ({@link MilestoneWatermarks#timerTime}) has moved since the last sweep, fires what is due by it. Timers fire in the
 * transactions that move business time; when a watermark marker and a conference batch commit at the same moment on
 * two threads, neither sees the other's time, and at the end of a history nothing else would come to fire them. The
 * wall clock only decides when to look: what fires, and the times it carries, follow from business time alone.
 */
@Component
public class TimerSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimerSweep.class);
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final Timers timers;
    private final MilestoneWatermarks watermarks;
    private final TransactionTemplate transactions;
    private volatile Instant swept;
    private ScheduledExecutorService scheduler;

    public TimerSweep(Timers timers, MilestoneWatermarks watermarks, TransactionTemplate transactions) {
        this.timers = timers;
        this.watermarks = watermarks;
        this.transactions = transactions;
    }

    /** One sweep; returns the business time it fired timers by, or null when it had not moved. */
    public Instant sweepOnce() {
        Instant fired = transactions.execute(status -> {
            Instant now = watermarks.timerTime();
            if (now == null || swept != null && !now.isAfter(swept)) {
                return null;
            }
            timers.fireDue(now);
            return now;
        });
        if (fired != null) {
            swept = fired;
        }
        return fired;
    }

    private void sweepQuietly() {
        try {
            sweepOnce();
        } catch (RuntimeException e) {
            log.warn("timer sweep failed; it is tried again in {}: {}", INTERVAL, e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("coordinator-timer-sweep")
                .daemon().factory());
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, INTERVAL.toMillis(), INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}

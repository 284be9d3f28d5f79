package no.nav.overgang.coordinator.followup;

import java.time.Duration;
import java.time.Instant;

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
    private volatile boolean running;
    private volatile Instant swept;
    private Thread worker;

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

    private void run() {
        while (running) {
            try {
                Thread.sleep(INTERVAL);
                sweepOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("timer sweep failed, trying again: {}", e.getMessage());
            }
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("coordinator-timer-sweep").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

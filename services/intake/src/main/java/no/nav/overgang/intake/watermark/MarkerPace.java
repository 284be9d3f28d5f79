package no.nav.overgang.intake.watermark;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When the intake may announce its watermark ({@link WatermarkProperties}): always when every input is read to its
 * end; while some input has unread records, once the last markers are {@code minInterval} old or
 * {@code maxMilestones} milestones were recorded since. Shared by the consumer threads; it only decides when to look,
 * never what a marker says, so a count lost to a rolled-back batch at most moves one announcement.
 */
final class MarkerPace {

    private final WatermarkProperties properties;
    private final Clock clock;
    /** Wall-clock millis of the last markers; 0 before the first. */
    private final AtomicLong announcedAt = new AtomicLong();
    private final AtomicLong milestonesSince = new AtomicLong();

    MarkerPace(WatermarkProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Milestones were recorded. */
    void recorded(int milestones) {
        milestonesSince.addAndGet(milestones);
    }

    /** Whether markers may go now; {@code idle}: every input is read to its end. */
    boolean due(boolean idle) {
        long last = announcedAt.get();
        return idle || last == 0 || clock.millis() - last >= properties.minInterval().toMillis()
                || milestonesSince.get() >= properties.maxMilestones();
    }

    /** Markers went. */
    void announced() {
        announcedAt.set(clock.millis());
        milestonesSince.set(0);
    }
}

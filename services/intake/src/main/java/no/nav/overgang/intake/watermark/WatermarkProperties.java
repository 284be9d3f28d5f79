package no.nav.overgang.intake.watermark;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the intake announces its source watermark ({@link SourceWatermark}). Every marker is one more record on
 * each partition of {@code overgang.milestone.v1} and one more application in the coordinator, so while the intake
 * works through a backlog it announces at most every {@code minInterval}, or sooner once {@code maxMilestones}
 * milestones have been recorded since the last markers. When every input is read to its end it always announces at
 * once: nothing is held back when the intake keeps up, and a backlog's last batch announces everything it read.
 *
 * @param minInterval   the least time between two announcements while some input has unread records; zero announces
 *                      after every batch that moves the watermark
 * @param maxMilestones announce anyway once this many milestones were recorded since the last markers, so one
 *                      application in the coordinator stays bounded
 */
@ConfigurationProperties("overgang.intake.watermark")
public record WatermarkProperties(@DefaultValue("200ms") Duration minInterval,
                                  @DefaultValue("5000") int maxMilestones) {

    public WatermarkProperties {
        if (minInterval.isNegative() || maxMilestones < 1) {
            throw new IllegalArgumentException("overgang.intake.watermark: min-interval must not be negative and "
                    + "max-milestones must be positive");
        }
    }
}

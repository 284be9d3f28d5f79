package no.nav.overgang.events.payload;

import java.time.Instant;
import java.util.Objects;

/**
 * The intake's source watermark, written to one partition of {@code overgang.milestone.v1} after the milestones of
 * the source batch that advanced it: every milestone with an {@code occurredAt} before {@code completeBefore} that
 * the intake will publish on this partition has been published before this marker (Kafka keeps a partition's order).
 * A milestone below it that comes later is late. Not about a case: no case key.
 *
 * @param partition      the partition of {@code overgang.milestone.v1} the marker is written to
 * @param partitions     how many partitions the topic had when it was written (one marker went to each)
 * @param completeBefore the watermark: milestones before this time are complete
 */
public record SourceWatermarkAdvanced(int partition, int partitions, Instant completeBefore) implements EventPayload {

    public SourceWatermarkAdvanced {
        Objects.requireNonNull(completeBefore, "completeBefore");
    }
}

package no.nav.overgang.platform.clock;

import java.time.Instant;

/**
 * How far one topic-partition has been read.
 *
 * @param readTo    the offset after the last record read (0 when unknown: it never moves a stored one back)
 * @param endOffset the partition's end offset when last seen; the partition has unread records while {@code readTo}
 *                  is below it
 * @param watermark the latest {@code occurredAt} read from it; null when none is known
 */
public record PartitionProgress(String topic, int partition, long readTo, long endOffset, Instant watermark) {
}

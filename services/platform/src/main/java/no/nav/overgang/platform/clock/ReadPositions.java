package no.nav.overgang.platform.clock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/** Reads positions and end offsets from a Kafka consumer, for {@link BusinessClock}. Call on the consumer's thread. */
public final class ReadPositions {

    private ReadPositions() {
    }

    /**
     * Every partition of the topics, as the consumer group has read them: the committed offset (for a partition of this
     * consumer without one, its position; else the beginning, as {@code auto.offset.reset=earliest} reads) and the end
     * offset now. Registered when partitions are assigned, so that a partition another consumer thread has not read
     * yet holds business time back from the start.
     */
    public static List<PartitionProgress> ofTopics(Consumer<?, ?> consumer, Collection<String> topics) {
        Set<TopicPartition> partitions = partitionsOf(consumer, topics);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(partitions);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Set<TopicPartition> assigned = consumer.assignment();
        List<PartitionProgress> progress = new ArrayList<>(partitions.size());
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata commit = committed.get(tp);
            long readTo = commit != null ? commit.offset()
                    : assigned.contains(tp) ? consumer.position(tp) : beginnings.getOrDefault(tp, 0L);
            progress.add(new PartitionProgress(tp.topic(), tp.partition(), readTo,
                    Math.max(readTo, ends.getOrDefault(tp, readTo)), null));
        }
        return progress;
    }

    /**
     * Every partition of the topics: the end offset now, and for the consumer's assigned partitions its position.
     * Ends are refreshed for all partitions, also those another consumer thread reads (its position stays as that
     * thread last recorded it): a partition whose consumer is busy or paused then shows its unread records. Call only
     * when every record polled so far has been handled.
     */
    public static List<PartitionProgress> of(Consumer<?, ?> consumer, Collection<String> topics) {
        Set<TopicPartition> partitions = partitionsOf(consumer, topics);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Set<TopicPartition> assigned = consumer.assignment();
        List<PartitionProgress> progress = new ArrayList<>(partitions.size());
        for (TopicPartition tp : partitions) {
            long readTo = assigned.contains(tp) ? consumer.position(tp) : 0;
            progress.add(new PartitionProgress(tp.topic(), tp.partition(), readTo,
                    Math.max(readTo, ends.getOrDefault(tp, readTo)), null));
        }
        return progress;
    }

    private static Set<TopicPartition> partitionsOf(Consumer<?, ?> consumer, Collection<String> topics) {
        Set<TopicPartition> partitions = new HashSet<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }
}

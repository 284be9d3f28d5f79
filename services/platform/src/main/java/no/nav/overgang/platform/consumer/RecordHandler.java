package no.nav.overgang.platform.consumer;

import java.util.Collection;
import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** Processes a batch of raw records inside one database transaction; see {@link ResilientBatchProcessor}. */
@FunctionalInterface
public interface RecordHandler {

    void handle(List<ConsumerRecord<String, byte[]>> records);

    /** The same, with the consumer that read them (on its thread), e.g. for its positions; null when not known. */
    default void handle(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        handle(records);
    }

    /** Partitions were assigned to {@code consumer}; called on its thread, outside any transaction. */
    default void partitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    }
}

package no.nav.overgang.proof.benchmark;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Kafka clients every measurement uses: producers with acks=all (idempotent, but the feeder), manual commits. */
final class Kafka {

    private Kafka() {
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return producer(bootstrap, true, 5);
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap, boolean idempotent, int inFlight) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, idempotent,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, inFlight,
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                // a broker on a machine at load 20+ can take longer than the default 30 s to answer
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 120_000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * The producer that feeds the input topics as fast as the broker takes it: acks=all, one request in flight, not
     * idempotent. At load averages of 20–50 the idempotent feeder of the plain stage twice began resending sequence
     * number 0 to partitions that had thousands, and retried OUT_OF_ORDER_SEQUENCE_NUMBER for ever (the run hung);
     * without sequence numbers a retry after a lost answer can at worst repeat a batch, which the stages count as
     * more input and the intake as duplicates.
     */
    static KafkaProducer<String, byte[]> feeder(String bootstrap) {
        return producer(bootstrap, false, 1);
    }

    /** A consumer in a group, offsets committed by the caller, reading from the beginning. */
    static KafkaConsumer<String, byte[]> consumer(String bootstrap, String group) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** The log-end offset of every partition of the topics (missing topics are left out). */
    static Map<TopicPartition, Long> endOffsets(Admin admin, Collection<String> topics) throws Exception {
        List<String> existing = admin.listTopics().names().get().stream().filter(topics::contains).toList();
        if (existing.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(existing).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** A group's committed offsets; empty when it has none. */
    static Map<TopicPartition, Long> committed(Admin admin, String group) throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}

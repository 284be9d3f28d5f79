package no.nav.overgang.testkit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Reads and writes topics of the shared broker from a test, as plain strings.
 * Every {@code readAll} reads the topic from its beginning; it takes no part in a consumer group, so it never
 * waits for a rebalance and never moves a service's offsets.
 */
public final class TopicProbe implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;

    public TopicProbe() {
        this(Infrastructure.shared().kafkaBootstrapServers());
    }

    public TopicProbe(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // what a service's consumer sees: records of aborted transactions are not there
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    /** Sends a record and waits until the broker has it. */
    public void send(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        }
    }

    /** Reads the topic from the beginning until at least {@code expectedCount} records have been read. */
    public List<ConsumerRecord<String, String>> readAll(String topic, Duration atMost, int expectedCount) {
        return readAll(topic, atMost, records -> records.size() >= expectedCount);
    }

    /**
     * Reads the topic from the beginning until the records read so far satisfy {@code done}, and returns them.
     * Fails with the records read if that does not happen within {@code atMost}; waits for the topic if it does not exist yet.
     */
    public List<ConsumerRecord<String, String>> readAll(String topic, Duration atMost,
                                                        Predicate<List<ConsumerRecord<String, String>>> done) {
        consumer.unsubscribe();
        var records = new ArrayList<ConsumerRecord<String, String>>();
        try {
            await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .ignoreException(TimeoutException.class).until(() -> {
                if (consumer.assignment().isEmpty() && !assignFromBeginning(topic)) {
                    return false;
                }
                consumer.poll(POLL).forEach(records::add);
                return done.test(records);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Within %s the %d record(s) read from %s did not satisfy the condition: %s"
                    .formatted(atMost, records.size(), topic, describe(records)), e);
        }
        return List.copyOf(records);
    }

    /**
     * Reads everything the topic holds now, from its beginning to the end offsets seen when reading starts (for
     * asserting that something is <em>not</em> there, or is there exactly once). Waits for the topic if it does not
     * exist yet.
     */
    public List<ConsumerRecord<String, String>> readToEnd(String topic, Duration atMost) {
        consumer.unsubscribe();
        var records = new ArrayList<ConsumerRecord<String, String>>();
        var end = new HashMap<TopicPartition, Long>();
        try {
            await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .ignoreException(TimeoutException.class).until(() -> {
                if (consumer.assignment().isEmpty()) {
                    if (!assignFromBeginning(topic)) {
                        return false;
                    }
                    end.putAll(consumer.endOffsets(consumer.assignment()));
                }
                consumer.poll(POLL).forEach(records::add);
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Within %s could not read %s to its end; read %d record(s)"
                    .formatted(atMost, topic, records.size()), e);
        }
        return List.copyOf(records);
    }

    @Override
    public void close() {
        consumer.close();
        producer.close();
    }

    /** False while the topic does not exist. */
    private boolean assignFromBeginning(String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(1)).stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return !partitions.isEmpty();
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .map(record -> record.key() + "=" + record.value())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}

package no.nav.overgang.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.kafka.clients.CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EmbeddedKafkaServerTest {

    private static final String TOPIC = "greetings";
    private static final String GROUP = "greeting-reader";

    @TempDir
    Path logDir;

    @Test
    void keepsTopicsRecordsAndCommittedOffsetsWhenRestartedOnTheSameLogDirectoryAndPort() throws Exception {
        int port;
        try (var kafka = EmbeddedKafkaServer.start(logDir, 0)) {
            port = kafka.port();
            try (var admin = admin(kafka)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    "acks", "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(TOPIC, "k", "hei")).get();
            }
            try (var consumer = consumer(kafka, GROUP)) {
                assertThat(readOne(consumer).value()).isEqualTo("hei");
                consumer.commitSync();
            }
        }

        try (var restarted = EmbeddedKafkaServer.start(logDir, port)) {
            assertThat(restarted.bootstrapServers()).isEqualTo("localhost:" + port);
            try (var admin = admin(restarted)) {
                assertThat(admin.listTopics().names().get()).contains(TOPIC);
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
                assertThat(committed.values()).extracting(OffsetAndMetadata::offset).contains(1L);
            }
            try (var consumer = consumer(restarted, "fresh-reader")) {
                assertThat(readOne(consumer).value()).isEqualTo("hei");
            }
        }
    }

    private static Admin admin(EmbeddedKafkaServer kafka) {
        return Admin.create(Map.of(BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaServer kafka, String group) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                "group.id", group, "auto.offset.reset", "earliest", "enable.auto.commit", "false"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
        return consumer;
    }

    private static ConsumerRecord<String, String> readOne(KafkaConsumer<String, String> consumer) {
        var records = new ArrayList<ConsumerRecord<String, String>>();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                    return !records.isEmpty();
                });
        assertThat(records).hasSize(1);
        return records.getFirst();
    }
}

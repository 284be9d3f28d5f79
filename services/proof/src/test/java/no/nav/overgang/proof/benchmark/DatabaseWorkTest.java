package no.nav.overgang.proof.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The figures the benchmark prints about the database and the consumers come from the real server and broker. */
class DatabaseWorkTest {

    private final SystemUnderTest infrastructure = new SharedInfrastructure();

    @Test
    void the_work_between_two_snapshots_counts_the_rows_written_per_table_and_the_commits() throws Exception {
        String table = "work_" + UUID.randomUUID().toString().replace("-", "");
        DatabaseWork before = DatabaseWork.snapshot(infrastructure);

        try (Connection db = Jdbc.connect(infrastructure); Statement sql = db.createStatement()) {
            sql.execute("CREATE SCHEMA IF NOT EXISTS bench_work");
            sql.execute("CREATE TABLE bench_work." + table + " (n INT)");
            sql.execute("INSERT INTO bench_work." + table + " SELECT generate_series(1, 50)");
            sql.execute("UPDATE bench_work." + table + " SET n = -n WHERE n <= 10");
            sql.execute("DELETE FROM bench_work." + table + " WHERE n > 45");
        }

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            DatabaseWork work = DatabaseWork.snapshot(infrastructure).since(before);
            assertThat(work.rows()).containsKey("bench_work." + table);
            assertThat(work.rows().get("bench_work." + table)).containsExactly(50, 10, 5);
            assertThat(work.commits()).isGreaterThanOrEqualTo(4);
            assertThat(work.walBytes()).isPositive();
            assertThat(work.busiestTables()).extracting(Map.Entry::getKey).contains("bench_work." + table);
        });
    }

    @Test
    void a_groups_lag_is_what_it_has_still_to_read() throws Exception {
        String service = "lag-" + UUID.randomUUID();
        String topic = "bench.lag." + service;
        try (Admin admin = Kafka.admin(infrastructure.kafkaBootstrapServers());
             KafkaProducer<String, byte[]> producer = Kafka.producer(infrastructure.kafkaBootstrapServers())) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            for (int i = 0; i < 7; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, new byte[] {1})).get();
            }
            admin.alterConsumerGroupOffsets(StageProgress.group(service),
                    Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(2))).all().get();
        }

        assertThat(ConsumerLag.of(infrastructure, List.of(service))).containsEntry(service, 5L);
    }
}

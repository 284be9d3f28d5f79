package no.nav.overgang.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.apache.kafka.clients.CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InfrastructureTest {

    private final Infrastructure infrastructure = Infrastructure.shared();

    @Test
    void isOneInstancePerJvm() {
        assertThat(Infrastructure.shared()).isSameAs(infrastructure);
    }

    @Test
    void brokerRoundTripsRecordsOnATopicWithTheDefaultSixPartitions() throws Exception {
        String topic = createTopic();
        try (var probe = new TopicProbe()) {
            probe.send(topic, "k1", "first");
            probe.send(topic, "k2", "second");

            var records = probe.readAll(topic, Duration.ofSeconds(30), 2);

            assertThat(records).extracting(ConsumerRecord::value).containsExactlyInAnyOrder("first", "second");
            try (var admin = admin()) {
                assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()).hasSize(6);
            }
        }
    }

    @Test
    void probeFailsWithTheRecordsItReadWhenTheConditionDoesNotHold() throws Exception {
        String topic = createTopic();
        try (var probe = new TopicProbe()) {
            probe.send(topic, "k1", "only");

            assertThatThrownBy(() -> probe.readAll(topic, Duration.ofSeconds(2), 2))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("1 record(s) read from " + topic)
                    .hasMessageContaining("k1=only");
        }
    }

    @Test
    void databaseIsPostgreSql17AndRunsSql() throws Exception {
        try (var connection = DriverManager.getConnection(infrastructure.jdbcUrl(), infrastructure.dbUsername(), infrastructure.dbPassword());
             var statement = connection.createStatement()) {
            statement.execute("create schema if not exists testkit");
            statement.execute("create table if not exists testkit.probe (id uuid primary key)");
            UUID id = UUID.randomUUID();
            statement.execute("insert into testkit.probe values ('" + id + "')");

            try (var rows = statement.executeQuery("select current_setting('server_version_num')::int / 10000, "
                    + "exists (select 1 from testkit.probe where id = '" + id + "')")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).as("major version").isEqualTo(17);
                assertThat(rows.getBoolean(2)).as("row just inserted").isTrue();
            }
        }
    }

    private String createTopic() throws Exception {
        String topic = "testkit-" + UUID.randomUUID();
        try (var admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get();
        }
        return topic;
    }

    private Admin admin() {
        return Admin.create(Map.of(BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()));
    }
}

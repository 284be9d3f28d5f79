package no.nav.overgang.proof.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import no.nav.overgang.events.Topics;
import no.nav.overgang.stack.Endpoints;
import no.nav.overgang.stack.ServiceKind;

/**
 * What the services still have to do: the records on their topics their consumer groups have not committed, and
 * the rows in their outboxes. Read from outside, through Kafka's admin API and SQL, as an operator would.
 */
final class Backlog implements AutoCloseable {

    private static final Duration CALL = Duration.ofSeconds(10);

    private final Endpoints endpoints;
    private final Admin admin;

    Backlog(Endpoints endpoints) {
        this.endpoints = endpoints;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL.toMillis()));
    }

    static String group(ServiceKind kind) {
        return "overgang-" + kind.id();
    }

    /** Records on the service's topics its group has not committed yet. */
    long lag(ServiceKind kind) throws Exception {
        String group = group(kind);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(CALL.toMillis(), TimeUnit.MILLISECONDS);
        Set<String> topics = new HashSet<>();
        committed.keySet().forEach(partition -> topics.add(partition.topic()));
        admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get(CALL.toMillis(), TimeUnit.MILLISECONDS)
                .members().forEach(member -> member.assignment().topicPartitions()
                        .forEach(partition -> topics.add(partition.topic())));
        long lag = 0;
        for (var end : endOffsets(topics).entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    /** The end offset of every partition of the given topics. */
    Map<TopicPartition, Long> endOffsets(Set<String> topics) throws Exception {
        if (topics.isEmpty()) {
            return Map.of();
        }
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                .get(CALL.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        descriptions.values().forEach(description -> description.partitions().forEach(partition ->
                latest.put(new TopicPartition(description.name(), partition.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(latest).all()
                .get(CALL.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> ends = new HashMap<>();
        offsets.forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    /** Rows waiting in the services' outboxes. */
    long outboxRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.dbUsername(),
                endpoints.dbPassword()); var statement = connection.createStatement()) {
            long rows = 0;
            for (ServiceKind kind : ServiceKind.values()) {
                try (var result = statement.executeQuery("select count(*) from " + kind.id() + ".outbox")) {
                    result.next();
                    rows += result.getLong(1);
                }
            }
            return rows;
        }
    }

    /** Waits until the service has records to work on (it is busy), at most {@code atMost}; false if it never was. */
    boolean awaitBusy(ServiceKind kind, Duration atMost) {
        return poll(() -> lag(kind) > 0, atMost);
    }

    /** Waits until any service is busy. */
    boolean awaitAnyBusy(Duration atMost) {
        return poll(() -> {
            for (ServiceKind kind : ServiceKind.values()) {
                if (lag(kind) > 0) {
                    return true;
                }
            }
            return false;
        }, atMost);
    }

    /**
     * Waits until the system has nothing left to do: every group has committed every record of its topics, every
     * outbox is empty, and no topic has grown for {@code quiet}. Fails after {@code atMost}.
     */
    void awaitSettled(Duration quiet, Duration atMost) {
        Set<String> all = new HashSet<>();
        Topics.ALL.forEach(topic -> all.add(topic.name()));
        long deadline = System.nanoTime() + atMost.toNanos();
        Map<TopicPartition, Long> lastEnds = null;
        long quietSince = 0;
        List<String> last = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            try {
                last.clear();
                for (ServiceKind kind : ServiceKind.values()) {
                    long lag = lag(kind);
                    if (lag > 0) {
                        last.add(kind.id() + " lag " + lag);
                    }
                }
                long outbox = outboxRows();
                if (outbox > 0) {
                    last.add("outbox rows " + outbox);
                }
                Map<TopicPartition, Long> ends = endOffsets(all);
                if (!ends.equals(lastEnds)) {
                    lastEnds = ends;
                    quietSince = System.nanoTime();
                }
                if (last.isEmpty() && System.nanoTime() - quietSince >= quiet.toNanos()) {
                    return;
                }
            } catch (Exception e) {
                // the broker or the database may be restarting; look again
                last.add(e.toString());
            }
            pause();
        }
        throw new IllegalStateException("the system did not settle within " + atMost + ": " + last);
    }

    private static boolean poll(Check check, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (check.holds()) {
                    return true;
                }
            } catch (Exception e) {
                // look again
            }
            pause();
        }
        return false;
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}

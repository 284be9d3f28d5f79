package no.nav.overgang.proof.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * How far each service has come, from its consumer group's committed offsets (a service commits a batch's offsets
 * after the batch's database transaction) and from the rows left in its outbox. A stage's progress is the number of
 * records it has committed since the start; it is caught up when its committed offsets reach the ends of the topics
 * it reads.
 */
final class StageProgress {

    private final Admin admin;
    private final SystemUnderTest system;
    /** Per service short name: the topics its group is subscribed to. */
    private final Map<String, Set<String>> topics = new LinkedHashMap<>();
    private final Map<String, Map<TopicPartition, Long>> startOffsets = new HashMap<>();

    private final List<String> services;

    StageProgress(Admin admin, SystemUnderTest system, List<String> services) {
        this.admin = admin;
        this.system = system;
        this.services = List.copyOf(services);
    }

    static String group(String service) {
        return "overgang-" + service;
    }

    /** Waits until every service's group is stable, and remembers its topics and its offsets as the start. */
    void awaitGroupsAndMarkStart(java.time.Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        for (String service : services) {
            while (true) {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(group(service))).all().get()
                        .get(group(service));
                if (group.groupState() == GroupState.STABLE && !group.members().isEmpty()) {
                    topics.put(service, group.members().stream()
                            .flatMap(m -> m.assignment().topicPartitions().stream())
                            .map(TopicPartition::topic).collect(Collectors.toCollection(java.util.TreeSet::new)));
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service + "'s consumer group is not stable after " + atMost);
                }
                // another service's consumer group settles on its own; only polling its description can see that
                Thread.sleep(200);
            }
            startOffsets.put(service, Kafka.committed(admin, group(service)));
        }
    }

    Map<String, Set<String>> topics() {
        return topics;
    }

    /** Records committed per service since the start, and whether each has caught up with its topics' ends. */
    Snapshot snapshot() throws Exception {
        Set<String> all = topics.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<TopicPartition, Long> ends = Kafka.endOffsets(admin, all);
        Map<String, Long> done = new LinkedHashMap<>();
        Map<String, Boolean> caughtUp = new LinkedHashMap<>();
        for (String service : topics.keySet()) {
            Map<TopicPartition, Long> committed = Kafka.committed(admin, group(service));
            Map<TopicPartition, Long> start = startOffsets.get(service);
            long count = 0;
            boolean atEnd = true;
            for (var end : ends.entrySet()) {
                if (!topics.get(service).contains(end.getKey().topic())) {
                    continue;
                }
                long at = committed.getOrDefault(end.getKey(), 0L);
                count += at - start.getOrDefault(end.getKey(), 0L);
                atEnd &= at >= end.getValue();
            }
            done.put(service, count);
            caughtUp.put(service, atEnd);
        }
        return new Snapshot(System.nanoTime(), done, caughtUp, outboxRows());
    }

    private long outboxRows() throws SQLException {
        try (Connection db = Jdbc.connect(system); Statement sql = db.createStatement()) {
            long rows = 0;
            for (String service : services) {
                try (var rs = sql.executeQuery("SELECT count(*) FROM " + service + ".outbox")) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
            return rows;
        }
    }

    record Snapshot(long nanos, Map<String, Long> committed, Map<String, Boolean> caughtUp, long outboxRows) {

        boolean allCaughtUp() {
            return outboxRows == 0 && caughtUp.values().stream().allMatch(Boolean::booleanValue);
        }
    }
}

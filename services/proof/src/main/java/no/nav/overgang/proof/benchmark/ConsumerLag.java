package no.nav.overgang.proof.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records each service's consumer group has still to read: the ends of the partitions it has committed
 * offsets on, less those offsets. Says whether a system kept up with what was offered to it.
 */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    /** Per service short name, the records behind; -1 where it could not be read. */
    public static Map<String, Long> of(SystemUnderTest system, List<String> services) {
        Map<String, Long> lag = new LinkedHashMap<>();
        try (Admin admin = Kafka.admin(system.kafkaBootstrapServers())) {
            for (String service : services) {
                lag.put(service, behind(admin, StageProgress.group(service)));
            }
        }
        return lag;
    }

    private static long behind(Admin admin, String group) {
        try {
            Map<TopicPartition, Long> committed = Kafka.committed(admin, group);
            Map<TopicPartition, Long> ends = Kafka.endOffsets(admin,
                    committed.keySet().stream().map(TopicPartition::topic).distinct().toList());
            return committed.entrySet().stream()
                    .mapToLong(e -> Math.max(0, ends.getOrDefault(e.getKey(), e.getValue()) - e.getValue())).sum();
        } catch (Exception e) {
            return -1;
        }
    }
}

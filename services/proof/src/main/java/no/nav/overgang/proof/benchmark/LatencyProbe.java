package no.nav.overgang.proof.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.simulator.SourceRecord;

/**
 * Latency from a source event to the conference request it causes, at a steady offered rate: sends source records
 * so that the ones that become milestones leave at {@code milestonesPerSecond} (the others go along with them),
 * and watches {@code overgang.case.v1} for {@code ConferenceRequested}. A conference request keeps the correlation
 * id of the milestone that caused it, which is derived from the source and the source's event id, so each request
 * is matched to the moment its source event was sent.
 */
final class LatencyProbe {

    private final SystemUnderTest system;

    LatencyProbe(SystemUnderTest system) {
        this.system = system;
    }

    Result run(List<SourceRecord> records, double milestonesPerSecond, Duration grace) throws Exception {
        Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        try (KafkaConsumer<String, byte[]> watcher = Kafka.consumer(system.kafkaBootstrapServers(), "bench-latency")) {
            List<TopicPartition> partitions = watcher.partitionsFor(Topics.CASES.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            watcher.assign(partitions);
            watcher.seekToEnd(partitions);
            partitions.forEach(watcher::position);
            long offered;
            long started = System.nanoTime();
            long milestones = records.stream().filter(SourceRecord::milestone).count();
            try (KafkaProducer<String, byte[]> producer = Kafka.producer(system.kafkaBootstrapServers())) {
                long sentMilestones = 0;
                Progress progress = new Progress("latency run", records.size());
                for (int i = 0; i < records.size(); i++) {
                    SourceRecord record = records.get(i);
                    if (record.milestone()) {
                        long due = started + (long) (sentMilestones * 1e9 / milestonesPerSecond);
                        while (System.nanoTime() < due) {
                            poll(watcher, sentAt, latencies, Duration.ZERO);
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(Math.min(wait, 2_000_000));
                            }
                        }
                        sentMilestones++;
                        sentAt.put(correlation(record), System.nanoTime());
                    }
                    producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value()));
                    if (i % 64 == 0) {
                        progress.show(i, "%,d milestones/s offered, %,d conference requests seen".formatted(
                                Math.round(sentMilestones / ((System.nanoTime() - started) / 1e9)), latencies.size()));
                    }
                }
                producer.flush();
                progress.done(records.size(), "");
                offered = Math.round(milestones / ((System.nanoTime() - started) / 1e9));
            }
            long deadline = System.nanoTime() + grace.toNanos();
            int seen = -1;
            // conference requests still in flight: wait until none has arrived for a while, within the grace period
            while (System.nanoTime() < deadline && seen != latencies.size()) {
                seen = latencies.size();
                poll(watcher, sentAt, latencies, Duration.ofSeconds(3));
            }
            return new Result(offered, latencies.stream().mapToLong(Long::longValue).sorted().toArray());
        }
    }

    private static void poll(KafkaConsumer<String, byte[]> watcher, Map<UUID, Long> sentAt, List<Long> latencies,
                             Duration timeout) {
        for (ConsumerRecord<String, byte[]> record : watcher.poll(timeout)) {
            Header type = record.headers().lastHeader("eventType");
            if (type != null && !EventType.CONFERENCE_REQUESTED.typeName()
                    .equals(new String(type.value(), StandardCharsets.UTF_8))) {
                continue;
            }
            var envelope = EventJson.parse(record.value());
            if (!EventType.CONFERENCE_REQUESTED.typeName().equals(envelope.get("eventType").asString())) {
                continue;
            }
            Long sent = sentAt.get(UUID.fromString(envelope.get("correlationId").asString()));
            if (sent != null) {
                latencies.add(System.nanoTime() - sent);
            }
        }
    }

    /** The correlation id the intake gives the milestone of a source record. */
    static UUID correlation(SourceRecord record) {
        return EventIds.fromSource(sourceSystem(record), record.eventId());
    }

    private static String sourceSystem(SourceRecord record) {
        String topic = record.topic();
        if (topic.equals(Topics.SOURCE_SYKEPENGER.name())) {
            return SourceSystem.SYKEPENGER.name();
        }
        if (topic.equals(Topics.SOURCE_AAP.name())) {
            return SourceSystem.AAP.name();
        }
        if (topic.equals(Topics.SOURCE_UFORETRYGD.name())) {
            return SourceSystem.UFORETRYGD.name();
        }
        // canonical submissions on the inbound topic: the simulator prefixes their ids with the source's name
        return record.eventId().substring(0, record.eventId().indexOf('-')).toUpperCase(java.util.Locale.ROOT);
    }

    /** Latencies in nanoseconds, sorted. */
    record Result(long offeredMilestonesPerSecond, long[] latencies) {

        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
        }
    }
}

package no.nav.overgang.proof.benchmark;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import no.nav.overgang.simulator.SourceRecord;

/**
 * Feeds source records as fast as the broker takes them and follows every stage until the whole pipeline has
 * caught up: every service's committed offsets at the ends of its topics and every outbox empty. A stage's time is
 * from the first record sent to its last committed progress; end to end is the last stage's time.
 */
final class PipelineRun {

    private final SystemUnderTest system;
    private final Admin admin;

    PipelineRun(SystemUnderTest system, Admin admin) {
        this.system = system;
        this.admin = admin;
    }

    Result run(List<SourceRecord> records, List<String> stages, Duration atMost) throws Exception {
        StageProgress progress = new StageProgress(admin, system, stages);
        progress.awaitGroupsAndMarkStart(Duration.ofMinutes(2));
        long started = System.nanoTime();
        Map<String, Long> lastCount = new LinkedHashMap<>();
        Map<String, Long> lastProgressAt = new LinkedHashMap<>();
        Progress bar = new Progress("throughput", records.size());
        Thread feeder = Thread.ofPlatform().name("feeder").start(() -> feed(records));
        long deadline = started + atMost.toNanos();
        int quiet = 0;
        StageProgress.Snapshot snapshot;
        while (true) {
            // the sampling tick: progress is read from committed offsets and outbox sizes four times a second
            Thread.sleep(250);
            snapshot = progress.snapshot();
            for (var entry : snapshot.committed().entrySet()) {
                if (!entry.getValue().equals(lastCount.get(entry.getKey()))) {
                    lastCount.put(entry.getKey(), entry.getValue());
                    lastProgressAt.put(entry.getKey(), snapshot.nanos());
                }
            }
            StringBuilder detail = new StringBuilder();
            snapshot.committed().forEach((stage, n) -> detail.append(stage).append(' ').append("%,d".formatted(n))
                    .append("  "));
            detail.append("outbox ").append("%,d".formatted(snapshot.outboxRows()));
            bar.show(snapshot.committed().getOrDefault(stages.getFirst(), 0L), detail.toString());
            // caught up twice in a row with the feed done: nothing is left in flight
            quiet = !feeder.isAlive() && snapshot.allCaughtUp() ? quiet + 1 : 0;
            if (quiet >= 2) {
                break;
            }
            if (System.nanoTime() > deadline) {
                bar.done(snapshot.committed().getOrDefault(stages.getFirst(), 0L), detail.toString());
                throw new IllegalStateException("the pipeline did not catch up within " + atMost);
            }
        }
        bar.done(records.size(), "caught up");
        Map<String, StageResult> results = new LinkedHashMap<>();
        for (String stage : stages) {
            long at = lastProgressAt.getOrDefault(stage, started);
            results.put(stage, new StageResult(lastCount.getOrDefault(stage, 0L), (at - started) / 1e9));
        }
        return new Result(results);
    }

    private void feed(List<SourceRecord> records) {
        try (KafkaProducer<String, byte[]> producer = Kafka.feeder(system.kafkaBootstrapServers())) {
            for (SourceRecord record : records) {
                producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value()));
            }
            producer.flush();
        }
    }

    /** What one stage did: the records it committed and the seconds from the first send to its last progress. */
    record StageResult(long records, double seconds) {
    }

    record Result(Map<String, StageResult> stages) {

        double endToEndSeconds() {
            return stages.values().stream().mapToDouble(StageResult::seconds).max().orElse(Double.NaN);
        }
    }
}

package no.nav.overgang.proof.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import no.nav.overgang.simulator.SourceRecord;

/**
 * Sends simulated source events in the background so that milestones flow at a steady rate, for as long as it
 * runs: new synthetic persons chunk by chunk (the records between two milestones go along with the later one).
 */
public final class SteadyFeed implements AutoCloseable {

    private static final int PERSONS_PER_CHUNK = 2_000;

    private final Thread sender;
    private final AtomicLong milestones = new AtomicLong();
    private volatile boolean running = true;

    public SteadyFeed(SystemUnderTest system, double milestonesPerSecond, long firstSeed) {
        sender = Thread.ofPlatform().daemon().name("steady-feed").start(() -> {
            try (KafkaProducer<String, byte[]> producer = Kafka.producer(system.kafkaBootstrapServers())) {
                long started = System.nanoTime();
                for (long seed = firstSeed; running; seed++) {
                    for (SourceRecord record : Benchmark.simulate(PERSONS_PER_CHUNK, seed)) {
                        if (!running) {
                            return;
                        }
                        if (record.milestone()) {
                            long due = started + (long) (milestones.get() * 1e9 / milestonesPerSecond);
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            }
                            milestones.incrementAndGet();
                        }
                        producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value()));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public long milestonesSent() {
        return milestones.get();
    }

    /** Sends records as fast as the broker takes them, then waits until every service has caught up. */
    public static void feedAndAwait(SystemUnderTest system, List<SourceRecord> records, List<String> services)
            throws Exception {
        try (Admin admin = Kafka.admin(system.kafkaBootstrapServers())) {
            new PipelineRun(system, admin).run(records, services, java.time.Duration.ofMinutes(30));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sender.join(10_000);
    }
}

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
 * runs: new synthetic persons chunk by chunk (the records between two milestones go along with the later one), each
 * chunk in the business-time period after the one before ({@link BusinessPeriods}), so that its milestones are not
 * late behind the last chunk's. Once the periods are used up (period 0 ends now) the chunks stay in period 0 and
 * their milestones are late: {@link #latePeriods()} counts them.
 */
public final class SteadyFeed implements AutoCloseable {

    /**
     * About 38,000 milestones a chunk: the periods then last a 1,000/s load test's warm-up and ten minutes (at 4,000
     * they ran out after seven and a half, and the rest of the flow was late).
     */
    private static final int PERSONS_PER_CHUNK = 8_000;

    private final Thread sender;
    private final AtomicLong milestones = new AtomicLong();
    private final AtomicLong latePeriods = new AtomicLong();
    private volatile boolean running = true;

    /** Feeds chunks from period {@code firstPeriod} on, forward in business time towards now. */
    public SteadyFeed(SystemUnderTest system, double milestonesPerSecond, long firstSeed, int firstPeriod) {
        sender = Thread.ofPlatform().daemon().name("steady-feed").start(() -> {
            try (KafkaProducer<String, byte[]> producer = Kafka.producer(system.kafkaBootstrapServers())) {
                long started = System.nanoTime();
                for (long seed = firstSeed, period = firstPeriod; running; seed++, period--) {
                    if (period < 0) {
                        latePeriods.incrementAndGet();
                    }
                    for (SourceRecord record : BusinessPeriods.simulate(PERSONS_PER_CHUNK, seed,
                            (int) Math.max(0, period))) {
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

    /** Chunks fed again in period 0 after the periods were used up: their milestones were late. */
    public long latePeriods() {
        return latePeriods.get();
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

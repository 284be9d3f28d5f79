package no.nav.overgang.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the records in business-time order, as fast as the broker takes them or scaled to a clock: at speed
 * {@code s}, business time runs {@code s} times faster than the wall clock (86400: a day per second).
 */
public final class Publisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public Publisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                // an unreachable broker is reported within seconds, not after the client's default minute
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes every record and waits until the broker has acknowledged all of them; returns the wall time. */
    public Duration publish(List<SourceRecord> records, double speed, PrintStream progressTo) throws InterruptedException {
        Progress progress = new Progress(records.size(), progressTo);
        AtomicLong acknowledged = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long wallStart = System.nanoTime();
        Instant businessStart = records.isEmpty() ? Instant.EPOCH : records.getFirst().occurredAt();
        for (SourceRecord record : records) {
            if (failure.get() != null) {
                break;
            }
            if (speed > 0) {
                long due = wallStart + (long) (Duration.between(businessStart, record.occurredAt()).toNanos() / speed);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value()), (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                } else {
                    progress.advance(acknowledged.incrementAndGet());
                }
            });
        }
        producer.flush();
        progress.done(acknowledged.get());
        if (failure.get() != null) {
            throw new IllegalStateException("the broker refused a record; " + acknowledged.get() + " of "
                    + records.size() + " were published", failure.get());
        }
        return Duration.ofNanos(System.nanoTime() - wallStart);
    }

    @Override
    public void close() {
        producer.close();
    }

    /** A one-line progress bar, redrawn at most every 200 ms. */
    static final class Progress {

        private static final int WIDTH = 30;
        private final long total;
        private final PrintStream out;
        private final long started = System.nanoTime();
        private volatile long lastDrawn;

        Progress(long total, PrintStream out) {
            this.total = total;
            this.out = out;
        }

        void advance(long done) {
            long now = System.nanoTime();
            if (out != null && now - lastDrawn > 200_000_000L) {
                lastDrawn = now;
                draw(done, now);
            }
        }

        void done(long done) {
            if (out != null) {
                draw(done, System.nanoTime());
                out.println();
            }
        }

        private synchronized void draw(long done, long now) {
            int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            out.printf("\r  [%s%s] %3d%%  %,d / %,d records  %,.0f/s", "#".repeat(filled), "-".repeat(WIDTH - filled),
                    total == 0 ? 100 : 100 * done / total, done, total, done / seconds);
            out.flush();
        }
    }
}

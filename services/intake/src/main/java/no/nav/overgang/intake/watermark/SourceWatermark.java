package no.nav.overgang.intake.watermark;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.SourceWatermarkAdvanced;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.clock.PartitionProgress;
import no.nav.overgang.platform.clock.ReadPositions;
import no.nav.overgang.platform.consumer.RecordHandler;
import no.nav.overgang.platform.outbox.Outbox;

/**
 * The intake's source watermark (docs/PILOT.md, "Ordering and the source watermark"): how far in business time the
 * milestones it has published are complete. It is the platform's {@link BusinessClock} rule over the intake's input
 * partitions — the earliest latest-{@code occurredAt} among the partitions that still have unread records, so
 * milestones strictly before it are complete; when every partition is read to its end, everything read is complete,
 * up to and including the latest time, announced as that time plus one microsecond (PostgreSQL's resolution).
 * Submissions over HTTP count as one more input that is always read to its end.
 * <p>
 * When it moves forward, one {@link SourceWatermarkAdvanced} marker goes to every partition of
 * {@code overgang.milestone.v1}, through the outbox, in the batch's transaction and after its milestones. While some
 * input has unread records, markers go at most every {@link WatermarkProperties#minInterval()} (or sooner after
 * {@link WatermarkProperties#maxMilestones()} milestones); a batch that skips them leaves the watermark to the next
 * batch, which the unread records make sure of. When every input is read to its end, they always go at once.
 */
@Component
public class SourceWatermark {

    /** The input that HTTP submissions stand for: it has no unread records, so it never holds the watermark back. */
    static final String HTTP = "intake.http";
    private static final Instant NOTHING_READ = Instant.parse("1900-01-01T00:00:00Z");
    private static final String SERVICE = "overgang-intake";

    private final BusinessClock clock;
    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final Clock wallClock;
    private final MarkerPace pace;
    private final ThreadLocal<Map<TopicPartition, Instant>> batch = new ThreadLocal<>();

    public SourceWatermark(BusinessClock clock, JdbcTemplate jdbc, Outbox outbox, Clock wallClock,
                           WatermarkProperties properties) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.wallClock = wallClock;
        this.pace = new MarkerPace(properties, wallClock);
    }

    /**
     * The consumer's handler, followed in its transaction by the watermark: how far each partition of {@code topics}
     * is read (the records' offsets and the times {@link #read} was told; with the consumer, its positions and every
     * partition's end) and, when the watermark moved, the markers.
     */
    public RecordHandler around(Collection<String> topics, RecordHandler inner) {
        return new RecordHandler() {
            @Override
            public void handle(List<ConsumerRecord<String, byte[]>> records) {
                handle(records, null);
            }

            @Override
            public void handle(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
                Map<TopicPartition, Instant> times = new HashMap<>();
                batch.set(times);
                try {
                    inner.handle(records, consumer);
                } finally {
                    batch.remove();
                }
                Map<TopicPartition, PartitionProgress> progress = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    progress.merge(tp, new PartitionProgress(tp.topic(), tp.partition(), record.offset() + 1, 0,
                            times.get(tp)), SourceWatermark::later);
                }
                if (consumer != null) {
                    for (PartitionProgress partition : ReadPositions.of(consumer, topics)) {
                        progress.merge(new TopicPartition(partition.topic(), partition.partition()), partition,
                                SourceWatermark::later);
                    }
                }
                clock.advance(progress.values());
                announce();
            }

            @Override
            public void partitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                inner.partitionsAssigned(consumer, partitions);
                clock.register(ReadPositions.ofTopics(consumer, topics));
            }
        };
    }

    /** Inside {@link #around}: the milestones read from these records happened at these times (same order). */
    public void read(List<ConsumerRecord<String, byte[]>> records, List<Instant> occurredAt) {
        Map<TopicPartition, Instant> times = batch.get();
        if (times == null) {
            return;
        }
        pace.recorded(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            times.merge(new TopicPartition(record.topic(), record.partition()), occurredAt.get(i),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /**
     * Milestones were recorded in the caller's transaction. Outside a consumer batch (over HTTP) they count as an
     * input read to its end, and the markers follow at once when the watermark moved; a consumer batch's are
     * announced by {@link #around}.
     */
    public void recorded(List<Instant> occurredAt) {
        if (batch.get() != null || occurredAt.isEmpty()) {
            return;
        }
        pace.recorded(occurredAt.size());
        Instant latest = occurredAt.stream().max(Instant::compareTo).orElseThrow();
        clock.advance(List.of(new PartitionProgress(HTTP, 0, 0, 0, latest)));
        announce();
    }

    /**
     * Writes the markers when the watermark is later than the one announced last: at once when every input is read to
     * its end, else only when the last markers are old enough or enough milestones came since.
     */
    private void announce() {
        Map<String, Object> now = jdbc.queryForMap("""
                SELECT watermark, NOT EXISTS (SELECT 1 FROM business_clock_partition WHERE read_to < end_offset) AS idle
                FROM business_clock WHERE id = 1""");
        Instant watermark = ((Timestamp) now.get("watermark")).toInstant();
        if (!watermark.isAfter(NOTHING_READ)) {
            return;
        }
        boolean idle = Boolean.TRUE.equals(now.get("idle"));
        if (!pace.due(idle)) {
            return;
        }
        Instant completeBefore = idle ? watermark.plus(1, ChronoUnit.MICROS) : watermark;
        int moved = jdbc.update("UPDATE source_watermark SET complete_before = ? WHERE id = 1 AND complete_before < ?",
                Timestamp.from(completeBefore), Timestamp.from(completeBefore));
        if (moved == 0) {
            return;
        }
        pace.announced();
        int partitions = Topics.MILESTONES.partitions();
        Instant recordedAt = wallClock.instant();
        for (int partition = 0; partition < partitions; partition++) {
            UUID id = UUID.nameUUIDFromBytes(("source-watermark|" + completeBefore + "|" + partition)
                    .getBytes(StandardCharsets.UTF_8));
            outbox.addToPartition(EventEnvelope.first(id, new SourceWatermarkAdvanced(partition, partitions,
                    completeBefore), completeBefore, recordedAt, SERVICE, null), Topics.MILESTONES, partition);
        }
    }

    private static PartitionProgress later(PartitionProgress a, PartitionProgress b) {
        Instant watermark = a.watermark() == null ? b.watermark()
                : b.watermark() == null || a.watermark().isAfter(b.watermark()) ? a.watermark() : b.watermark();
        long readTo = Math.max(a.readTo(), b.readTo());
        return new PartitionProgress(a.topic(), a.partition(), readTo,
                Math.max(readTo, Math.max(a.endOffset(), b.endOffset())), watermark);
    }
}

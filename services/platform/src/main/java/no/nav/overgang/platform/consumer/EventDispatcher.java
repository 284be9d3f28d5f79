package no.nav.overgang.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.InvalidEventException;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.clock.PartitionProgress;
import no.nav.overgang.platform.clock.ReadPositions;
import no.nav.overgang.platform.outbox.OutboxPublisher;

/**
 * Reads envelopes from a batch, dead-letters the ones that are not valid events, skips types this service has no
 * handler for, drops ids it has processed before, and hands the rest to their handlers in partition order. Records
 * our outboxes wrote name their type in a header: types without a handler are skipped unread, and the others are
 * bound without validating them against the schemas again ({@link EventJson#readWritten}); records without the
 * header (from anything else) are validated in full.
 */
public class EventDispatcher implements RecordHandler {

    private final Map<EventType, EventHandler<?>> handlers = new EnumMap<>(EventType.class);
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final BusinessClock clock;
    private final MeterRegistry meters;
    private final Map<EventType, Map<String, Counter>> counters = new ConcurrentHashMap<>();

    public EventDispatcher(List<EventHandler<?>> handlers, Inbox inbox, DeadLetters deadLetters, BusinessClock clock,
                           MeterRegistry meters) {
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> earlier = this.handlers.put(handler.eventType(), handler);
            if (earlier != null) {
                throw new IllegalStateException("two handlers for " + handler.eventType() + ": "
                        + earlier.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
            }
        }
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.meters = meters;
    }

    /** The topics the handlers' event types are published on. */
    public List<String> topics() {
        return handlers.keySet().stream().map(type -> type.topic().name()).distinct().sorted().toList();
    }

    @Override
    public void handle(List<ConsumerRecord<String, byte[]>> records) {
        handle(records, null);
    }

    /** Partitions were assigned: registers every partition of the topics with {@link BusinessClock}. */
    @Override
    public void partitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        clock.register(ReadPositions.ofTopics(consumer, topics()));
    }

    /**
     * Handles the batch; business time then moves with the partitions' progress: the records' offsets and times, and
     * with {@code consumer} (given once every record polled is handled) its positions and every partition's end.
     */
    @Override
    public void handle(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        List<EventEnvelope<?>> wanted = new ArrayList<>(records.size());
        Map<UUID, Integer> partitions = new HashMap<>();
        Map<TopicPartition, PartitionProgress> read = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
            read.merge(tp, new PartitionProgress(tp.topic(), tp.partition(), record.offset() + 1, 0, null),
                    EventDispatcher::later);
            EventType announced = announcedType(record);
            if (announced != null && !handlers.containsKey(announced)) {
                // the outbox names the type in a header: no need to read what this service does not handle
                count(announced, "skipped");
                continue;
            }
            try {
                EventEnvelope<?> event = announced != null ? EventJson.readWritten(record.value(), announced)
                        : EventJson.read(record.value());
                read.merge(tp, new PartitionProgress(tp.topic(), tp.partition(), 0, 0, event.occurredAt()),
                        EventDispatcher::later);
                if (handlers.containsKey(event.type())) {
                    wanted.add(event);
                    partitions.put(event.eventId(), record.partition());
                } else {
                    count(event.type(), "skipped");
                }
            } catch (InvalidEventException e) {
                deadLetters.record(record, e.reason().name(), e.getMessage());
            }
        }
        Set<UUID> fresh = inbox.claim(wanted);
        for (EventEnvelope<?> event : wanted) {
            if (!fresh.remove(event.eventId())) {
                count(event.type(), "duplicate");
                continue;
            }
            dispatch(event, partitions.get(event.eventId()));
            count(event.type(), "processed");
        }
        handlers.values().forEach(EventHandler::batchHandled);
        if (consumer != null) {
            for (PartitionProgress partition : ReadPositions.of(consumer, topics())) {
                read.merge(new TopicPartition(partition.topic(), partition.partition()), partition,
                        EventDispatcher::later);
            }
        }
        clock.advance(read.values());
    }

    private static PartitionProgress later(PartitionProgress a, PartitionProgress b) {
        Instant watermark = a.watermark() == null ? b.watermark()
                : b.watermark() == null || a.watermark().isAfter(b.watermark()) ? a.watermark() : b.watermark();
        long readTo = Math.max(a.readTo(), b.readTo());
        return new PartitionProgress(a.topic(), a.partition(), readTo, Math.max(readTo,
                Math.max(a.endOffset(), b.endOffset())), watermark);
    }

    /** The type our outbox wrote in the record's header, or null when there is none or it is not ours. */
    private static EventType announcedType(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(OutboxPublisher.EVENT_TYPE_HEADER);
        if (header == null || header.value() == null) {
            return null;
        }
        return EventType.byName(new String(header.value(), StandardCharsets.UTF_8)).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private <P extends EventPayload> void dispatch(EventEnvelope<P> event, int partition) {
        ((EventHandler<P>) handlers.get(event.type())).handle(event, partition);
    }

    private void count(EventType type, String outcome) {
        // looked up once per type and outcome: a registry lookup per event cost a few per cent of a consumer thread
        counters.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).computeIfAbsent(outcome,
                o -> meters.counter("overgang.events.consumed", "type", type.typeName(), "outcome", o)).increment();
    }
}

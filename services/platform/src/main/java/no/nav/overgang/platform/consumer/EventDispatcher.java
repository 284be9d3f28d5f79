package no.nav.overgang.platform.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.InvalidEventException;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.platform.clock.BusinessClock;

/**
 * Reads envelopes from a batch, dead-letters the ones that are not valid events, skips types this service has no
 * handler for, drops ids it has processed before, and hands the rest to their handlers in partition order.
 */
public class EventDispatcher implements RecordHandler {

    private final Map<EventType, EventHandler<?>> handlers = new EnumMap<>(EventType.class);
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final BusinessClock clock;
    private final MeterRegistry meters;

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
        List<EventEnvelope<?>> wanted = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                EventEnvelope<?> event = EventJson.read(record.value());
                if (handlers.containsKey(event.type())) {
                    wanted.add(event);
                } else {
                    count(event.type(), "skipped");
                }
            } catch (InvalidEventException e) {
                deadLetters.record(record, e.reason().name(), e.getMessage());
            }
        }
        Set<UUID> fresh = inbox.claim(wanted);
        Instant latest = null;
        for (EventEnvelope<?> event : wanted) {
            if (!fresh.remove(event.eventId())) {
                count(event.type(), "duplicate");
                continue;
            }
            dispatch(event);
            count(event.type(), "processed");
            latest = latest == null || event.occurredAt().isAfter(latest) ? event.occurredAt() : latest;
        }
        if (latest != null) {
            clock.advanceTo(latest);
        }
    }

    @SuppressWarnings("unchecked")
    private <P extends EventPayload> void dispatch(EventEnvelope<P> event) {
        ((EventHandler<P>) handlers.get(event.type())).handle(event);
    }

    private void count(EventType type, String outcome) {
        meters.counter("overgang.events.consumed", "type", type.typeName(), "outcome", outcome).increment();
    }
}

package no.nav.overgang.platform.consumer;

import java.util.function.Consumer;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.EventPayload;

/**
 * Handles one event type. A service declares what it consumes by declaring handlers: the platform subscribes to
 * the topics of those types, skips every other type, and calls {@link #handle} at most once per event id, inside
 * the database transaction that also records the event as processed and holds the handler's outbox writes.
 */
public interface EventHandler<P extends EventPayload> {

    EventType eventType();

    void handle(EventEnvelope<P> event);

    /**
     * The same, knowing the partition of its topic the event was read from; for handlers whose input is ordered per
     * partition (the coordinator's milestones and the intake's watermark markers). Calls {@link #handle} by default.
     */
    default void handle(EventEnvelope<P> event, int partition) {
        handle(event);
    }

    /**
     * Every event of the polled batch has been handled, in its transaction, which is still open: for a handler that
     * defers work to do once per batch (the coordinator coalesces the watermark markers of a poll). Called after every
     * batch, whether or not it held an event of this type. Does nothing by default.
     */
    default void batchHandled() {
    }

    /** A handler of {@code type} that does {@code action}; for services that declare their handlers as beans. */
    static <P extends EventPayload> EventHandler<P> of(EventType type, Consumer<EventEnvelope<P>> action) {
        return new EventHandler<>() {
            @Override
            public EventType eventType() {
                return type;
            }

            @Override
            public void handle(EventEnvelope<P> event) {
                action.accept(event);
            }
        };
    }
}

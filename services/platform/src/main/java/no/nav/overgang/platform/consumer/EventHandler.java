package no.nav.overgang.platform.consumer;

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
}

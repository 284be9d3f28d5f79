package no.nav.overgang.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import no.nav.overgang.events.payload.EventPayload;

/**
 * The one envelope every event in overgang travels in.
 *
 * @param eventId       unique id of this event; consumers deduplicate on it
 * @param eventType     the payload's type name, see {@link EventType}
 * @param schemaVersion version of the payload schema; see docs/EVENTS.md for the evolution rule. Writers write the
 *                      current one; a read event keeps the (older, still readable) version it was written with
 * @param occurredAt    business time: when the thing happened in the case, not when we learnt of it
 * @param recordedAt    wall-clock time at which the producing service recorded the event
 * @param source        the producing service (for canonical milestones: the intake)
 * @param caseKey       pseudonymous case key (keyed hash of the national id); also the Kafka key.
 *                      Null only for events that belong to no case, such as dead letters
 * @param correlationId id of the first event of the chain this event belongs to
 * @param causationId   id of the event that directly caused this one; null for the first in a chain
 * @param payload       the event itself
 */
public record EventEnvelope<P extends EventPayload>(
        UUID eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        Instant recordedAt,
        String source,
        String caseKey,
        UUID correlationId,
        UUID causationId,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(payload, "payload");
        EventType type = EventType.of(payload);
        if (!type.typeName().equals(eventType) || !type.reads(schemaVersion)) {
            throw new IllegalArgumentException("envelope says %s v%d but the payload is %s v%d"
                    .formatted(eventType, schemaVersion, type.typeName(), type.schemaVersion()));
        }
    }

    /** Starts a new chain: the event is its own correlation. */
    public static <P extends EventPayload> EventEnvelope<P> first(
            UUID eventId, P payload, Instant occurredAt, Instant recordedAt, String source, String caseKey) {
        EventType type = EventType.of(payload);
        return new EventEnvelope<>(eventId, type.typeName(), type.schemaVersion(), occurredAt, recordedAt,
                source, caseKey, eventId, null, payload);
    }

    /**
     * An event caused by this one. It keeps the case key, the correlation and the business time, and its
     * id is derived from this event's id, so processing the same cause twice yields the same event id.
     *
     * @param discriminator tells apart several events of the same type caused by one event
     */
    public <Q extends EventPayload> EventEnvelope<Q> cause(Q payload, Instant recordedAt, String source, String discriminator) {
        EventType type = EventType.of(payload);
        UUID derivedId = EventIds.derived(eventId, type, discriminator);
        return new EventEnvelope<>(derivedId, type.typeName(), type.schemaVersion(), occurredAt, recordedAt,
                source, caseKey, correlationId, eventId, payload);
    }

    public EventType type() {
        return EventType.of(payload);
    }
}

package no.nav.overgang.coordinator.followup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventType;

/**
 * What made a case move: an event (live or stored), or a business-time timer. Either way the events it causes get
 * ids derived from it, so a replay or a redelivery produces the same ids.
 *
 * @param eventId       the causing event; null for a timer
 * @param correlationId the chain the caused events belong to
 * @param occurredAt    business time of the move
 * @param timer         the timer's name when a timer fired
 */
public record Cause(UUID eventId, UUID correlationId, Instant occurredAt, String timer) {

    public static Cause of(EventEnvelope<?> event) {
        return new Cause(event.eventId(), event.correlationId(), event.occurredAt(), null);
    }

    /** A milestone stored earlier: the first event of its own chain. */
    public static Cause storedMilestone(UUID eventId, Instant occurredAt) {
        return new Cause(eventId, eventId, occurredAt, null);
    }

    /** A timer of the case fired at {@code dueAt}; its events belong to the chain of the case's entry. */
    public static Cause timer(String name, Instant dueAt, PilotCase pilotCase) {
        UUID correlation = pilotCase.entryEventId() != null ? pilotCase.entryEventId()
                : UUID.nameUUIDFromBytes(("case|" + pilotCase.caseKey()).getBytes(StandardCharsets.UTF_8));
        return new Cause(null, correlation, dueAt, name);
    }

    UUID derivedId(String caseKey, EventType type) {
        if (eventId != null) {
            return EventIds.derived(eventId, type, null);
        }
        return UUID.nameUUIDFromBytes(("timer|" + timer + "|" + caseKey + "|" + type.typeName())
                .getBytes(StandardCharsets.UTF_8));
    }
}

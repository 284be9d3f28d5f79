package no.nav.overgang.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic ids for derived events, so that a replay or a redelivery produces the same ids. */
public final class EventIds {

    private EventIds() {
    }

    public static UUID derived(UUID causeId, EventType type, String discriminator) {
        String name = causeId + "|" + type.typeName() + "|" + (discriminator == null ? "" : discriminator);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of an event that was first identified by a source system's own id. */
    public static UUID fromSource(String sourceSystem, String sourceEventId) {
        return UUID.nameUUIDFromBytes(("source|" + sourceSystem + "|" + sourceEventId).getBytes(StandardCharsets.UTF_8));
    }
}

package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A conference step (held, cancelled, handed over) that arrived before its case entered the cohort, kept until it does.
 *
 * @param step CONFERENCE_HELD, CONFERENCE_CANCELLED or HANDED_OVER
 */
public record EarlyConferenceEvent(UUID eventId, String caseKey, Instant occurredAt, UUID correlationId, String step,
                                   UUID conferenceId, Map<String, String> facts, String explanation) {

    public EarlyConferenceEvent {
        facts = Map.copyOf(facts);
    }
}

package no.nav.overgang.events;

import java.util.Arrays;
import java.util.Optional;

import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.ConferenceCreated;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.events.payload.MilestoneRecorded;

/** The catalogue: every event type, its current schema version, its payload record and the topic it goes to. */
public enum EventType {
    MILESTONE_RECORDED("MilestoneRecorded", 1, MilestoneRecorded.class, Topics.MILESTONES),
    CASE_ENTERED_COHORT("CaseEnteredCohort", 1, CaseEnteredCohort.class, Topics.CASES),
    ARM_ASSIGNED("ArmAssigned", 1, ArmAssigned.class, Topics.CASES),
    CONFERENCE_REQUESTED("ConferenceRequested", 1, ConferenceRequested.class, Topics.CASES),
    CONFERENCE_CREATED("ConferenceCreated", 1, ConferenceCreated.class, Topics.CONFERENCES),
    CONFERENCE_OUTCOME_RECORDED("ConferenceOutcomeRecorded", 1, ConferenceOutcomeRecorded.class, Topics.CONFERENCES),
    HANDOVER_CREATED("HandoverCreated", 1, HandoverCreated.class, Topics.HANDOVERS),
    /** Goes to the dead-letter topic of the consumer that rejected the input, see {@link Topics}. */
    DEAD_LETTER_RECORDED("DeadLetterRecorded", 1, DeadLetterRecorded.class, Topics.DEAD_LETTERS);

    private final String typeName;
    private final int schemaVersion;
    private final Class<? extends EventPayload> payloadClass;
    private final TopicSpec topic;

    EventType(String typeName, int schemaVersion, Class<? extends EventPayload> payloadClass, TopicSpec topic) {
        this.typeName = typeName;
        this.schemaVersion = schemaVersion;
        this.payloadClass = payloadClass;
        this.topic = topic;
    }

    public String typeName() {
        return typeName;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    public TopicSpec topic() {
        return topic;
    }

    /** Classpath location of the payload's JSON Schema. */
    public String schemaResource() {
        return "schemas/%s.v%d.schema.json".formatted(typeName, schemaVersion);
    }

    public static Optional<EventType> byName(String typeName) {
        return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
    }

    public static EventType of(EventPayload payload) {
        return Arrays.stream(values())
                .filter(t -> t.payloadClass.isInstance(payload))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no event type for " + payload.getClass()));
    }
}

package no.nav.overgang.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.AdviceRecorded;
import no.nav.overgang.events.payload.ConferenceCancelled;
import no.nav.overgang.events.payload.ConferenceHeld;
import no.nav.overgang.events.payload.ConferenceScheduled;
import no.nav.overgang.events.payload.HandoverAcknowledged;
import no.nav.overgang.events.payload.HandoverClaimed;
import no.nav.overgang.events.payload.HandoverReturned;
import no.nav.overgang.events.payload.InvitationAnswered;
import no.nav.overgang.events.payload.MeasuresAssessmentRecorded;
import no.nav.overgang.events.payload.CaseCensored;
import no.nav.overgang.events.payload.CaseClarified;
import no.nav.overgang.events.payload.CaseEndedByCompetingEvent;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.ConferenceCreated;
import no.nav.overgang.events.payload.ConferenceEscalated;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.SourceWatermarkAdvanced;

/** The catalogue: every event type, its current schema version, its payload record and the topic it goes to. */
public enum EventType {
    MILESTONE_RECORDED("MilestoneRecorded", 1, MilestoneRecorded.class, Topics.MILESTONES),
    CASE_ENTERED_COHORT("CaseEnteredCohort", 1, CaseEnteredCohort.class, Topics.CASES),
    ARM_ASSIGNED("ArmAssigned", 1, ArmAssigned.class, Topics.CASES),
    CONFERENCE_REQUESTED("ConferenceRequested", 1, ConferenceRequested.class, Topics.CASES),
    CONFERENCE_ESCALATED("ConferenceEscalated", 1, ConferenceEscalated.class, Topics.CASES),
    CASE_CLARIFIED("CaseClarified", 1, CaseClarified.class, Topics.CASES),
    CASE_ENDED_BY_COMPETING_EVENT("CaseEndedByCompetingEvent", 1, CaseEndedByCompetingEvent.class, Topics.CASES),
    CASE_CENSORED("CaseCensored", 1, CaseCensored.class, Topics.CASES),
    CONFERENCE_CREATED("ConferenceCreated", 1, ConferenceCreated.class, Topics.CONFERENCES),
    CONFERENCE_OUTCOME_RECORDED("ConferenceOutcomeRecorded", 1, ConferenceOutcomeRecorded.class, Topics.CONFERENCES),
    HANDOVER_CREATED("HandoverCreated", 1, HandoverCreated.class, Topics.HANDOVERS),
    INVITATION_ANSWERED("InvitationAnswered", 1, InvitationAnswered.class, Topics.CONFERENCES),
    CONFERENCE_SCHEDULED("ConferenceScheduled", 1, ConferenceScheduled.class, Topics.CONFERENCES),
    CONFERENCE_HELD("ConferenceHeld", 1, ConferenceHeld.class, Topics.CONFERENCES),
    /** Version 2 adds the coded reason; version 1 events are still read, with no reason. */
    CONFERENCE_CANCELLED("ConferenceCancelled", 2, ConferenceCancelled.class, Topics.CONFERENCES, 1),
    ADVICE_RECORDED("AdviceRecorded", 1, AdviceRecorded.class, Topics.CONFERENCES),
    MEASURES_ASSESSMENT_RECORDED("MeasuresAssessmentRecorded", 1, MeasuresAssessmentRecorded.class,
            Topics.CONFERENCES),
    HANDOVER_CLAIMED("HandoverClaimed", 1, HandoverClaimed.class, Topics.HANDOVERS),
    HANDOVER_ACKNOWLEDGED("HandoverAcknowledged", 1, HandoverAcknowledged.class, Topics.HANDOVERS),
    HANDOVER_RETURNED("HandoverReturned", 1, HandoverReturned.class, Topics.HANDOVERS),
    /** Goes to the dead-letter topic of the consumer that rejected the input, see {@link Topics}. */
    DEAD_LETTER_RECORDED("DeadLetterRecorded", 1, DeadLetterRecorded.class, Topics.DEAD_LETTERS),
    /** A marker the intake writes to one partition of {@link Topics#MILESTONES}, not about a case. */
    SOURCE_WATERMARK_ADVANCED("SourceWatermarkAdvanced", 1, SourceWatermarkAdvanced.class, Topics.MILESTONES);

    private final String typeName;
    private final int schemaVersion;
    private final Class<? extends EventPayload> payloadClass;
    private final TopicSpec topic;
    private final int oldestReadableVersion;

    EventType(String typeName, int schemaVersion, Class<? extends EventPayload> payloadClass, TopicSpec topic) {
        this(typeName, schemaVersion, payloadClass, topic, schemaVersion);
    }

    /**
     * @param oldestReadableVersion the oldest schema version readers still accept: its documents bind to the same
     *                              record, the fields added since left null (docs/EVENTS.md, "Evolution rule")
     */
    EventType(String typeName, int schemaVersion, Class<? extends EventPayload> payloadClass, TopicSpec topic,
              int oldestReadableVersion) {
        this.typeName = typeName;
        this.schemaVersion = schemaVersion;
        this.payloadClass = payloadClass;
        this.topic = topic;
        this.oldestReadableVersion = oldestReadableVersion;
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
        return schemaResource(schemaVersion);
    }

    /** Classpath location of one version of the payload's JSON Schema. */
    public String schemaResource(int version) {
        return "schemas/%s.v%d.schema.json".formatted(typeName, version);
    }

    /** Whether readers accept a document of this schema version: the current one or an older one still read. */
    public boolean reads(int version) {
        return version >= oldestReadableVersion && version <= schemaVersion;
    }

    public static Optional<EventType> byName(String typeName) {
        return Optional.ofNullable(Lookup.BY_NAME.get(typeName));
    }

    /** Every envelope asks this, so it is a map lookup by the payload's class, not a scan of the types. */
    public static EventType of(EventPayload payload) {
        EventType type = Lookup.BY_CLASS.get(payload.getClass());
        if (type == null) {
            throw new IllegalStateException("no event type for " + payload.getClass());
        }
        return type;
    }

    /** The types by name and by payload class (the first type that declares the name or class wins). */
    private static final class Lookup {

        private static final Map<String, EventType> BY_NAME = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(EventType::typeName, t -> t, (a, b) -> a));
        private static final ClassValue<EventType> BY_CLASS = new ClassValue<>() {
            @Override
            protected EventType computeValue(Class<?> type) {
                return Arrays.stream(values()).filter(t -> t.payloadClass.isAssignableFrom(type)).findFirst()
                        .orElse(null);
            }
        };
    }
}

package no.nav.overgang.events.payload;

/** The closed set of event payloads. Adding one means adding it to {@link no.nav.overgang.events.EventType} too. */
public sealed interface EventPayload permits MilestoneRecorded, CaseEnteredCohort, ArmAssigned, ConferenceRequested,
        ConferenceEscalated, CaseClarified, CaseEndedByCompetingEvent, CaseCensored,
        ConferenceCreated, ConferenceOutcomeRecorded, HandoverCreated, DeadLetterRecorded,
        InvitationAnswered, ConferenceScheduled, ConferenceHeld, ConferenceCancelled, AdviceRecorded,
        MeasuresAssessmentRecorded, HandoverClaimed, HandoverAcknowledged, HandoverReturned,
        SourceWatermarkAdvanced {
}

package no.nav.overgang.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.nav.overgang.events.payload.AdviceRecorded;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CancellationReason;
import no.nav.overgang.events.payload.ConferenceCancelled;
import no.nav.overgang.events.payload.ConferenceHeld;
import no.nav.overgang.events.payload.ConferenceScheduled;
import no.nav.overgang.events.payload.HandoverAcknowledged;
import no.nav.overgang.events.payload.HandoverClaimed;
import no.nav.overgang.events.payload.HandoverReturned;
import no.nav.overgang.events.payload.InvitationAnswer;
import no.nav.overgang.events.payload.InvitationAnswered;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MeasuresAssessmentRecorded;
import no.nav.overgang.events.payload.MeasuresAssessmentResult;
import no.nav.overgang.events.payload.MedicalAdvice;
import no.nav.overgang.events.payload.CaseCensored;
import no.nav.overgang.events.payload.CaseHistoryEntry;
import no.nav.overgang.events.payload.CaseClarified;
import no.nav.overgang.events.payload.CaseEndedByCompetingEvent;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.CensoringReason;
import no.nav.overgang.events.payload.ClarificationOutcome;
import no.nav.overgang.events.payload.CompetingEvent;
import no.nav.overgang.events.payload.ConferenceCreated;
import no.nav.overgang.events.payload.ConferenceEscalated;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.SourceWatermarkAdvanced;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.events.payload.Invitation;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.events.payload.SourceSystem;

/** One example per event type, with fixed values; the JSON templates under contract/ are these, serialised. */
final class ContractExamples {

    /** Synthetic national id (month + 40), never a real person. */
    static final String SYNTHETIC_ID = "15436840087";
    static final String CASE_KEY = "9f2c4e1a7b3d5f60a1b2c3d4e5f60718";
    static final Instant OCCURRED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant RECORDED = Instant.parse("2026-03-02T09:00:01.250Z");
    static final UUID MILESTONE_ID = UUID.fromString("5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3");
    static final UUID CONFERENCE_ID = UUID.fromString("1a2b3c4d-5e6f-4071-8293-a4b5c6d7e8f9");
    static final UUID HANDOVER_ID = UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab");

    private ContractExamples() {
    }

    static EventEnvelope<?> example(EventType type) {
        EventEnvelope<MilestoneRecorded> milestone = EventEnvelope.first(MILESTONE_ID, new MilestoneRecorded(
                        "sp-2026-000123", SourceSystem.SYKEPENGER, MilestoneType.WEEK_39_NOTICE, SYNTHETIC_ID, "0315",
                        new MilestoneDetails(LocalDate.parse("2026-05-26"), 61, null, null, null, null, null)),
                OCCURRED, RECORDED, "overgang-intake", CASE_KEY);
        return switch (type) {
            case MILESTONE_RECORDED -> milestone;
            case CASE_ENTERED_COHORT -> caused(milestone, new CaseEnteredCohort(SourceSystem.SYKEPENGER, "0315",
                    LocalDate.parse("2026-03-02"), "sykepenger-week39", 1,
                    Map.of("week39NoticeOn", "2026-03-02", "remainingBenefitDays", "61"),
                    "entered because: week-39 notice on 2026-03-02; 61 benefit days left; no return-to-work milestone",
                    "SYKEPENGER|0315"));
            case ARM_ASSIGNED -> caused(milestone, new ArmAssigned("pilot-office", true, MeasuresAuthority.NAV_OFFICE,
                    "keyed-hash", 1, "SYKEPENGER|0315"));
            case CONFERENCE_REQUESTED -> caused(milestone, new ConferenceRequested(CONFERENCE_ID, "pilot-office",
                    MeasuresAuthority.NAV_OFFICE, "0315", SYNTHETIC_ID,
                    "conference requested because: the case entered the cohort in pilot arm pilot-office"));
            case CONFERENCE_ESCALATED -> caused(milestone, new ConferenceEscalated(CONFERENCE_ID, "pilot-office",
                    "0315", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-16"), 10,
                    "escalated because: the conference requested on 2026-03-02 was not held within 10 working days "
                            + "(due by 2026-03-16)"));
            case CASE_CLARIFIED -> caused(milestone, new CaseClarified("pilot-office", LocalDate.parse("2026-03-02"),
                    LocalDate.parse("2026-09-14"), ClarificationOutcome.DISABILITY_PARTLY_GRANTED,
                    "clarified-disability-decision", 2,
                    Map.of("milestone", "DISABILITY_DECISION", "on", "2026-09-14", "decisionResult", "PARTLY_GRANTED"),
                    "clarified because: disability decision (partly granted) on 2026-09-14, 196 days after the index date"));
            case CASE_ENDED_BY_COMPETING_EVENT -> caused(milestone, new CaseEndedByCompetingEvent("control",
                    LocalDate.parse("2026-03-02"), LocalDate.parse("2026-07-01"), CompetingEvent.REACHED_RETIREMENT_AGE,
                    "competing-retirement-age", 2, Map.of("milestone", "REACHED_RETIREMENT_AGE", "on", "2026-07-01"),
                    "ended because: reached retirement age on 2026-07-01, before the case was clarified"));
            case CASE_CENSORED -> caused(milestone, new CaseCensored("pilot-unit", LocalDate.parse("2026-03-02"),
                    LocalDate.parse("2026-05-11"), CensoringReason.MOVED_OUTSIDE_PILOT, "censored-moved-outside-pilot", 2,
                    Map.of("milestone", "MOVED_OFFICE", "on", "2026-05-11", "newOffice", "1103"),
                    "censored because: moved on 2026-05-11 to office 1103, which is not in the pilot"));
            case CONFERENCE_CREATED -> caused(milestone, new ConferenceCreated(CONFERENCE_ID, "pilot-office", "0315",
                    "4402", List.of(new Invitation(ParticipantRole.NAV_OFFICE, "0315"),
                    new Invitation(ParticipantRole.BENEFITS_UNIT, "4402"),
                    new Invitation(ParticipantRole.MEDICAL_ADVISER, "rol-pool"))));
            case CONFERENCE_OUTCOME_RECORDED -> caused(milestone, new ConferenceOutcomeRecorded(CONFERENCE_ID,
                    "pilot-office", "0315", "4402", "Graded return to work trial for 8 weeks, then reassess",
                    false, List.of("specialist statement"), LocalDate.parse("2026-05-04"),
                    "The office arranges the work trial; the benefits unit requests the specialist statement",
                    new MedicalAdvice("Can sustain light work 4 hours a day", "Physiotherapy ongoing, 6 sessions left",
                            "Try graded work before a disability claim is considered"),
                    new MeasuresAssessment(MeasuresAssessmentResult.CANNOT_YET_BE_ASSESSED,
                            "Treatment is still ongoing; the work trial must be tried first",
                            MeasuresAuthority.NAV_OFFICE),
                    "conference requested because: the case entered the cohort in pilot arm pilot-office",
                    List.of(new CaseHistoryEntry(OCCURRED, "MilestoneRecorded", MilestoneType.WEEK_39_NOTICE,
                                    SourceSystem.SYKEPENGER, new MilestoneDetails(LocalDate.parse("2026-05-26"), 61,
                                    null, null, null, null, null), null),
                            new CaseHistoryEntry(OCCURRED, "CaseEnteredCohort", null, null, null,
                                    "entered because: week-39 notice on 2026-03-02; 61 benefit days left"))));
            case INVITATION_ANSWERED -> caused(milestone, new InvitationAnswered(CONFERENCE_ID, "pilot-office", "0315",
                    "4402", ParticipantRole.MEDICAL_ADVISER, InvitationAnswer.PROPOSED_OTHER_TIME,
                    Instant.parse("2026-03-11T12:00:00Z")));
            case CONFERENCE_SCHEDULED -> caused(milestone, new ConferenceScheduled(CONFERENCE_ID, "pilot-office",
                    "0315", "4402", Instant.parse("2026-03-11T12:00:00Z"), false));
            case CONFERENCE_HELD -> caused(milestone, new ConferenceHeld(CONFERENCE_ID, "pilot-office", "0315",
                    "4402"));
            case CONFERENCE_CANCELLED -> caused(milestone, new ConferenceCancelled(CONFERENCE_ID, "pilot-office",
                    "0315", "4402", CancellationReason.CASE_RESOLVED));
            case ADVICE_RECORDED -> caused(milestone, new AdviceRecorded(CONFERENCE_ID, "pilot-office", "0315",
                    "4402"));
            case MEASURES_ASSESSMENT_RECORDED -> caused(milestone, new MeasuresAssessmentRecorded(CONFERENCE_ID,
                    "pilot-unit", "0315", "4402", MeasuresAuthority.BENEFITS_UNIT, MeasuresAssessmentResult.NOT_MET));
            case HANDOVER_CLAIMED -> caused(milestone, new HandoverClaimed(HANDOVER_ID, CONFERENCE_ID, "pilot-office",
                    "0315", "4402"));
            case HANDOVER_ACKNOWLEDGED -> caused(milestone, new HandoverAcknowledged(HANDOVER_ID, CONFERENCE_ID,
                    "pilot-office", "0315", "4402", true));
            case HANDOVER_RETURNED -> caused(milestone, new HandoverReturned(HANDOVER_ID, CONFERENCE_ID,
                    "pilot-office", "0315", "4402"));
            case HANDOVER_CREATED -> caused(milestone, new HandoverCreated(HANDOVER_ID, CONFERENCE_ID, "pilot-office", "0315",
                    "4402"));
            case DEAD_LETTER_RECORDED -> EventEnvelope.first(UUID.fromString("dead1e77-0000-4000-8000-000000000001"),
                    new DeadLetterRecorded("overgang-intake", "overgang.milestone.inbound.v1", 2, 4711L,
                            "MALFORMED_JSON", "not well-formed JSON: Unexpected end-of-input at line 1, column 12",
                            "{\"eventId\":", "utf-8"),
                    OCCURRED, RECORDED, "overgang-intake", null);
            case SOURCE_WATERMARK_ADVANCED -> EventEnvelope.first(
                    UUID.fromString("3a7e4b00-0000-4000-8000-000000000002"),
                    new SourceWatermarkAdvanced(2, 6, OCCURRED), OCCURRED, RECORDED, "overgang-intake", null);
        };
    }

    private static EventEnvelope<?> caused(EventEnvelope<?> cause, EventPayload payload) {
        return cause.cause(payload, RECORDED, "overgang-example", null);
    }
}

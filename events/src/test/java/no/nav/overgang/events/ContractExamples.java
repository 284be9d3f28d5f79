package no.nav.overgang.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.ConferenceCreated;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.DeadLetterRecorded;
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
            case CONFERENCE_CREATED -> caused(milestone, new ConferenceCreated(CONFERENCE_ID, "pilot-office", "0315",
                    "4402", List.of(new Invitation(ParticipantRole.NAV_OFFICE, "0315"),
                    new Invitation(ParticipantRole.BENEFITS_UNIT, "4402"),
                    new Invitation(ParticipantRole.MEDICAL_ADVISER, "rol-pool"))));
            case CONFERENCE_OUTCOME_RECORDED -> caused(milestone, new ConferenceOutcomeRecorded(CONFERENCE_ID,
                    "pilot-office", "0315", "4402", "Graded return to work trial for 8 weeks, then reassess",
                    false, List.of("specialist statement"), LocalDate.parse("2026-05-04")));
            case HANDOVER_CREATED -> caused(milestone, new HandoverCreated(
                    UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab"), CONFERENCE_ID, "pilot-office", "0315",
                    "4402"));
            case DEAD_LETTER_RECORDED -> EventEnvelope.first(UUID.fromString("dead1e77-0000-4000-8000-000000000001"),
                    new DeadLetterRecorded("overgang-intake", "overgang.milestone.inbound.v1", 2, 4711L,
                            "MALFORMED_JSON", "not well-formed JSON: Unexpected end-of-input at line 1, column 12",
                            "{\"eventId\":", "utf-8"),
                    OCCURRED, RECORDED, "overgang-intake", null);
        };
    }

    private static EventEnvelope<?> caused(EventEnvelope<?> cause, EventPayload payload) {
        return cause.cause(payload, RECORDED, "overgang-example", null);
    }
}

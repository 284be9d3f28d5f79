package no.nav.overgang.coordinator.followup;

import static no.nav.overgang.coordinator.CaseEvents.aMondayWellAfter;
import static no.nav.overgang.coordinator.CaseEvents.conferenceEvent;
import static no.nav.overgang.coordinator.CaseEvents.milestone;
import static no.nav.overgang.coordinator.CaseEvents.week39Notice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import no.nav.overgang.coordinator.CaseFixture;
import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cases.TimelineEntry;
import no.nav.overgang.coordinator.cohort.MilestoneHandler;
import no.nav.overgang.coordinator.randomisation.Arm;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.payload.CancellationReason;
import no.nav.overgang.events.payload.ConferenceCancelled;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.testkit.ServiceTest;

/**
 * A cancelled conference (docs/PILOT.md, "Cancelled conferences"), on a real broker and database: the case goes back
 * to entered, its deadline stops, and a new conference is requested five working days later while the case is open —
 * at most twice in all; a cancellation after the case ended changes nothing.
 */
@ServiceTest
class ConferenceCancellationTest {

    private static final String PERSON = "15436840087";

    @Autowired
    CaseRepository cases;

    @RegisterExtension
    final CaseFixture coordinator = new CaseFixture();

    @Test
    void a_cancelled_conference_is_not_escalated_and_a_new_one_is_requested_five_working_days_later() {
        Instant monday = aMondayWellAfter(coordinator.businessNow());
        String caseKey = aPilotCaseRequestingAConferenceOn(monday);
        UUID first = cases.find(caseKey).orElseThrow().conferenceId();

        Instant tuesday = monday.plus(Duration.ofDays(1));
        coordinator.publish(cancellation(caseKey, first, tuesday));

        PilotCase back = coordinator.awaitState(caseKey, CaseState.ENTERED);
        Instant again = PilotProperties.afterWorkingDays(tuesday, 5);
        assertThat(back.rerequestDueAt()).isEqualTo(again);
        assertThat(entry(caseKey, "CONFERENCE_CANCELLED")).satisfies(e -> {
            assertThat(e.applied()).isTrue();
            assertThat(e.stateAfter()).isEqualTo(CaseState.ENTERED);
            assertThat(e.explanation()).startsWith("back to entered because: conference " + first
                    + " was cancelled on " + PilotCase.date(tuesday) + " before it was held (reason "
                    + "PARTICIPANT_UNAVAILABLE: a participant could not take part); a new conference will be "
                    + "requested on " + PilotCase.date(again) + ", 5 working days later, unless the case ends before");
        });

        coordinator.passBusinessTime(caseKey, monday.plus(Duration.ofDays(40)));

        PilotCase requested = coordinator.awaitState(caseKey, CaseState.CONFERENCE_REQUESTED);
        UUID second = MilestoneHandler.conferenceIdFor(caseKey, 2);
        assertThat(requested.conferenceId()).isEqualTo(second);
        assertThat(requested.conferenceAttempt()).isEqualTo(2);
        assertThat(requested.conferenceRequestedAt()).isEqualTo(again);
        EventEnvelope<?> request = coordinator.published(caseKey,
                e -> e.payload() instanceof ConferenceRequested r && r.conferenceId().equals(second));
        assertThat(request.occurredAt()).as("the time the new request was due").isEqualTo(again);
        assertThat(((ConferenceRequested) request.payload()).explanation()).isEqualTo(("conference requested again "
                + "because: conference %s was cancelled on %s and the case was still open 5 working days later "
                + "(request 2 of at most 2)").formatted(first, PilotCase.date(tuesday)));
        TimelineEntry escalated = coordinator.awaitTimeline(caseKey, e -> e.step().equals("ESCALATED"));
        assertThat(escalated.facts()).as("only the new conference, not the cancelled one, is escalated")
                .containsEntry("requestedOn", PilotCase.date(again).toString());
        assertThat(cases.timeline(caseKey)).filteredOn(e -> e.step().equals("ESCALATED")).hasSize(1);
    }

    @Test
    void when_the_last_allowed_conference_is_cancelled_the_case_stays_entered_without_a_new_request() {
        Instant monday = aMondayWellAfter(coordinator.businessNow());
        String caseKey = aPilotCaseRequestingAConferenceOn(monday);
        coordinator.publish(cancellation(caseKey, cases.find(caseKey).orElseThrow().conferenceId(),
                monday.plus(Duration.ofDays(1))));
        coordinator.awaitState(caseKey, CaseState.ENTERED);
        coordinator.passBusinessTime(caseKey, monday.plus(Duration.ofDays(12)));
        UUID second = await().atMost(CaseFixture.WITHIN).until(() -> cases.find(caseKey).orElseThrow(),
                c -> c.conferenceAttempt() == 2).conferenceId();

        coordinator.publish(cancellation(caseKey, second, monday.plus(Duration.ofDays(13))));

        PilotCase back = coordinator.awaitState(caseKey, CaseState.ENTERED);
        assertThat(back.rerequestDueAt()).isNull();
        assertThat(cases.timeline(caseKey)).filteredOn(e -> e.step().equals("CONFERENCE_CANCELLED")).last()
                .satisfies(e -> assertThat(e.explanation()).endsWith("no new conference: the case has had 2 of at "
                        + "most 2 conference requests; it stays in arm " + back.arm()
                        + " and is followed up without one"));
    }

    @Test
    void a_conference_cancelled_after_the_case_was_clarified_is_recorded_and_requests_nothing() {
        Instant monday = aMondayWellAfter(coordinator.businessNow());
        String caseKey = aPilotCaseRequestingAConferenceOn(monday);
        UUID first = cases.find(caseKey).orElseThrow().conferenceId();
        coordinator.publish(milestone(caseKey, PERSON, SourceSystem.SYKEPENGER, MilestoneType.RETURNED_TO_WORK,
                MilestoneDetails.none(), monday.plus(Duration.ofDays(2))));
        coordinator.awaitState(caseKey, CaseState.CLARIFIED);

        coordinator.publish(cancellation(caseKey, first, monday.plus(Duration.ofDays(3))));

        TimelineEntry noted = coordinator.awaitTimeline(caseKey, e -> e.step().equals("CONFERENCE_CANCELLED"));
        assertThat(noted.explanation()).isEqualTo("conference cancelled on %s after the case ended (CLARIFIED, "
                .formatted(PilotCase.date(monday.plus(Duration.ofDays(3))))
                + "RETURNED_TO_WORK): no new conference, the case no longer needs one; reason "
                + "PARTICIPANT_UNAVAILABLE: a participant could not take part");
        PilotCase clarified = cases.find(caseKey).orElseThrow();
        assertThat(clarified.state()).isEqualTo(CaseState.CLARIFIED);
        assertThat(clarified.rerequestDueAt()).isNull();
    }

    @Test
    void a_conference_cancelled_because_the_case_was_resolved_asks_for_no_new_one() {
        Instant monday = aMondayWellAfter(coordinator.businessNow());
        String caseKey = aPilotCaseRequestingAConferenceOn(monday);
        UUID first = cases.find(caseKey).orElseThrow().conferenceId();

        coordinator.publish(cancellation(caseKey, first, monday.plus(Duration.ofDays(1)),
                CancellationReason.CASE_RESOLVED));

        PilotCase back = coordinator.awaitState(caseKey, CaseState.ENTERED);
        assertThat(back.rerequestDueAt()).as("no new conference is planned").isNull();
        assertThat(entry(caseKey, "CONFERENCE_CANCELLED")).satisfies(e -> {
            assertThat(e.facts()).containsEntry("cancellationReason", "CASE_RESOLVED").doesNotContainKey("newRequestOn");
            assertThat(e.explanation()).endsWith("before it was held (reason CASE_RESOLVED: the office says the case "
                    + "was resolved before the meeting; it stays open until a clarifying milestone ends it); no new "
                    + "conference: the case stays in arm " + back.arm() + " and is followed up without one");
        });
        coordinator.passBusinessTime(caseKey, monday.plus(Duration.ofDays(20)));
        assertThat(cases.find(caseKey).orElseThrow().conferenceAttempt()).as("still the first request").isEqualTo(1);
    }

    @Test
    void a_version_1_cancellation_without_a_code_is_read_as_before_codes_existed() {
        Instant monday = aMondayWellAfter(coordinator.businessNow());
        String caseKey = aPilotCaseRequestingAConferenceOn(monday);
        UUID first = cases.find(caseKey).orElseThrow().conferenceId();
        Instant tuesday = monday.plus(Duration.ofDays(1));
        var v2 = cancellation(caseKey, first, tuesday, null);

        coordinator.publish(new EventEnvelope<>(v2.eventId(), v2.eventType(), 1, v2.occurredAt(), v2.recordedAt(),
                v2.source(), v2.caseKey(), v2.correlationId(), v2.causationId(), v2.payload()));

        PilotCase back = coordinator.awaitState(caseKey, CaseState.ENTERED);
        assertThat(back.rerequestDueAt()).isEqualTo(PilotProperties.afterWorkingDays(tuesday, 5));
        assertThat(entry(caseKey, "CONFERENCE_CANCELLED").facts()).containsEntry("cancellationReason", "NOT_CODED");
    }

    @Test
    void a_cancellation_read_before_its_case_entered_is_applied_when_the_case_enters() {
        Instant monday = aMondayWellAfter(coordinator.businessNow());
        String caseKey = coordinator.newCaseKeyIn(Arm::pilot);
        coordinator.publish(cancellation(caseKey, MilestoneHandler.conferenceIdFor(caseKey),
                monday.plus(Duration.ofDays(1))));
        coordinator.publish(week39Notice(caseKey, PERSON, monday));

        PilotCase back = coordinator.awaitState(caseKey, CaseState.ENTERED);
        assertThat(back.rerequestDueAt())
                .isEqualTo(PilotProperties.afterWorkingDays(monday.plus(Duration.ofDays(1)), 5));
        assertThat(cases.timeline(caseKey)).extracting(TimelineEntry::step)
                .containsSubsequence("ENTERED", "CONFERENCE_REQUESTED", "CONFERENCE_CANCELLED");
    }

    private String aPilotCaseRequestingAConferenceOn(Instant monday) {
        String caseKey = coordinator.newCaseKeyIn(Arm::pilot);
        coordinator.publish(week39Notice(caseKey, PERSON, monday));
        coordinator.awaitState(caseKey, CaseState.CONFERENCE_REQUESTED);
        return caseKey;
    }

    private static EventEnvelope<?> cancellation(String caseKey, UUID conferenceId, Instant at) {
        return cancellation(caseKey, conferenceId, at, CancellationReason.PARTICIPANT_UNAVAILABLE);
    }

    private static EventEnvelope<?> cancellation(String caseKey, UUID conferenceId, Instant at,
                                                 CancellationReason reason) {
        return conferenceEvent(caseKey, at, new ConferenceCancelled(conferenceId, "pilot-office", "0315", "4402",
                reason));
    }

    private TimelineEntry entry(String caseKey, String step) {
        return cases.timeline(caseKey).stream().filter(e -> e.step().equals(step)).findFirst().orElse(null);
    }
}

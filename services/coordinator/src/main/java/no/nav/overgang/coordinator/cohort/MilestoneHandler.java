package no.nav.overgang.coordinator.cohort;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.CaseMilestone;
import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.EarlyConferenceEvent;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cases.TimelineEntry;
import no.nav.overgang.coordinator.followup.Cause;
import no.nav.overgang.coordinator.followup.CaseProgress;
import no.nav.overgang.coordinator.followup.EndRules;
import no.nav.overgang.coordinator.followup.PilotProperties;
import no.nav.overgang.coordinator.followup.Timers;
import no.nav.overgang.coordinator.randomisation.Assignment;
import no.nav.overgang.coordinator.randomisation.Randomiser;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.platform.consumer.EventHandler;
import no.nav.overgang.platform.outbox.Outbox;

/**
 * Records each milestone against its case. The first time the eligibility rule holds, it enters the case in the
 * cohort, assigns its arm and, for a pilot arm, requests a case conference; for a case in the cohort, it applies the
 * end rules. All in the consumer's transaction, with the events that announce them. Timers due by the milestone's
 * time fire first.
 */
@Component
public class MilestoneHandler implements EventHandler<MilestoneRecorded> {

    private static final Logger log = LoggerFactory.getLogger(MilestoneHandler.class);

    private final CaseRepository cases;
    private final EligibilityRules rules;
    private final EndRules endRules;
    private final Randomiser randomiser;
    private final CaseProgress progress;
    private final Timers timers;
    private final PilotProperties pilot;
    private final Outbox outbox;
    private final Clock clock;

    public MilestoneHandler(CaseRepository cases, EligibilityRules rules, EndRules endRules, Randomiser randomiser,
                            CaseProgress progress, Timers timers, PilotProperties pilot,
                            Outbox outbox, Clock clock) {
        this.cases = cases;
        this.rules = rules;
        this.endRules = endRules;
        this.randomiser = randomiser;
        this.progress = progress;
        this.timers = timers;
        this.pilot = pilot;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public EventType eventType() {
        return EventType.MILESTONE_RECORDED;
    }

    @Override
    public void handle(EventEnvelope<MilestoneRecorded> event) {
        timers.fireDueBy(event);
        MilestoneRecorded milestone = event.payload();
        cases.saveMilestone(event.eventId(), event.caseKey(), milestone, event.occurredAt());
        cases.lockKey(event.caseKey());
        Optional<PilotCase> inCohort = cases.lock(event.caseKey());
        if (inCohort.isPresent()) {
            follow(progress.catchUp(inCohort.get(), event.occurredAt()), event);
            return;
        }
        if (!pilot.includes(milestone.office()) || timers.followUpOverBy(event.occurredAt())) {
            return;
        }
        CaseHistory history = new CaseHistory(cases.milestonesBefore(event.caseKey(), event.occurredAt(),
                event.eventId()));
        rules.evaluate(milestone, event.occurredAt(), history).ifPresent(reason -> enter(event, reason));
    }

    /** A milestone of a case in the cohort: it may end the case, or be a late one from before its entry. */
    private void follow(PilotCase pilotCase, EventEnvelope<MilestoneRecorded> event) {
        CaseMilestone milestone = stored(event);
        Optional<CohortEntry> wouldHaveEntered = event.occurredAt().isBefore(pilotCase.enteredAt())
                ? rules.evaluate(event.payload(), event.occurredAt(), new CaseHistory(cases.milestonesBefore(
                event.caseKey(), event.occurredAt(), event.eventId())))
                : Optional.empty();
        if (wouldHaveEntered.isPresent()) {
            // entry and arm are announced and final; the earlier date is kept for the analysis to use
            log.info("case {} got a late milestone that would have entered it earlier, on {}", event.caseKey(),
                    PilotCase.date(event.occurredAt()));
            progress.note(pilotCase, Cause.of(event), "LATE_ELIGIBLE_MILESTONE", false,
                    wouldHaveEntered.get().facts(), "not applied: a late milestone met rule %s on %s, before the "
                            .formatted(wouldHaveEntered.get().ruleId(), PilotCase.date(event.occurredAt()))
                            + "index date %s; the entry stays as announced".formatted(pilotCase.indexDate()));
            return;
        }
        endRules.evaluate(pilotCase, milestone).ifPresent(end -> progress.end(pilotCase, end, Cause.of(event)));
    }

    private void enter(EventEnvelope<MilestoneRecorded> event, CohortEntry reason) {
        MilestoneRecorded milestone = event.payload();
        SourceBenefit benefit = SourceBenefit.of(milestone.sourceSystem(), event.occurredAt(),
                cases.milestones(event.caseKey()));
        String stratum = benefit.stratum(milestone.office());
        Assignment assignment = randomiser.assign(new Randomiser.Allocation(event.caseKey(), stratum,
                milestone.office()));
        boolean pilotArm = assignment.arm().pilot();
        UUID conferenceId = pilotArm ? conferenceIdFor(event.caseKey()) : null;
        CaseState state = pilotArm ? CaseState.ENTERED.moveTo(CaseState.CONFERENCE_REQUESTED) : CaseState.ENTERED;
        LocalDate indexDate = PilotCase.date(event.occurredAt());
        Instant escalationDue = pilotArm
                ? PilotProperties.afterWorkingDays(event.occurredAt(), pilot.conferenceDeadlineWorkingDays()) : null;
        PilotCase pilotCase = new PilotCase(event.caseKey(), milestone.nationalId(), milestone.office(),
                benefit.benefit(), indexDate, event.occurredAt(), reason.ruleId(), reason.ruleVersion(),
                reason.facts(), reason.explanation(), stratum, assignment.arm().id(), pilotArm,
                assignment.arm().measuresAuthority(), assignment.method(), assignment.methodVersion(), state,
                conferenceId, event.eventId(), assignment.allocationIndex(), null, escalationDue, null, 1,
                pilotArm ? event.occurredAt() : null, null, null);
        if (!cases.enter(pilotCase)) {
            return;
        }
        var now = clock.instant();
        cases.addToTimeline(new TimelineEntry(pilotCase.caseKey(), event.occurredAt(), "ENTERED", true,
                CaseState.ENTERED, reason.ruleId(), reason.ruleVersion(), reason.facts(), reason.explanation(),
                event.eventId()));
        String assigned = "assigned arm %s by %s v%d%s".formatted(assignment.arm().id(), assignment.method(),
                assignment.methodVersion(), assignment.allocationIndex() == null ? ""
                        : " (position %d in stratum %s)".formatted(assignment.allocationIndex(), stratum))
                + "; stratum %s because: %s".formatted(stratum, benefit.basis());
        cases.addToTimeline(new TimelineEntry(pilotCase.caseKey(), event.occurredAt(), "ARM_ASSIGNED", true,
                CaseState.ENTERED, null, null, Map.of("arm", assignment.arm().id(), "method", assignment.method(),
                "stratum", stratum), assigned, event.eventId()));
        outbox.add(event.cause(new CaseEnteredCohort(benefit.benefit(), milestone.office(), indexDate,
                reason.ruleId(), reason.ruleVersion(), reason.facts(), reason.explanation(), stratum), now,
                CaseProgress.SERVICE, null));
        outbox.add(event.cause(new ArmAssigned(assignment.arm().id(), pilotArm, assignment.arm().measuresAuthority(),
                assignment.method(), assignment.methodVersion(), stratum), now, CaseProgress.SERVICE, null));
        if (pilotArm) {
            String requested = "conference requested because: the case entered the cohort (" + reason.ruleId()
                    + ") and was assigned pilot arm " + assignment.arm().id();
            cases.addToTimeline(new TimelineEntry(pilotCase.caseKey(), event.occurredAt(), "CONFERENCE_REQUESTED",
                    true, state, null, null, Map.of("conferenceId", conferenceId.toString(), "escalationDueAt",
                    escalationDue.toString()), requested, event.eventId()));
            outbox.add(event.cause(new ConferenceRequested(conferenceId, assignment.arm().id(),
                    assignment.arm().measuresAuthority(), milestone.office(), milestone.nationalId(), requested), now,
                    CaseProgress.SERVICE, null));
        }
        applyWhatArrivedEarly(pilotCase);
    }

    /**
     * What arrived before the case entered but happened after its entry — milestones, and conference steps read ahead
     * of the milestones — applied now, in business-time order.
     */
    private void applyWhatArrivedEarly(PilotCase entered) {
        record Early(Instant at, Runnable apply) {
        }
        List<Early> early = new ArrayList<>();
        for (CaseMilestone later : cases.milestones(entered.caseKey())) {
            if (later.occurredAt().isAfter(entered.enteredAt())) {
                early.add(new Early(later.occurredAt(), () -> {
                    PilotCase current = cases.lock(entered.caseKey()).orElseThrow();
                    if (!current.state().ended()) {
                        endRules.evaluate(current, later).ifPresent(end -> progress.end(current, end,
                                Cause.storedMilestone(later.eventId(), later.occurredAt())));
                    }
                }));
            }
        }
        for (EarlyConferenceEvent conference : cases.takeEarlyConferenceEvents(entered.caseKey())) {
            early.add(new Early(conference.occurredAt(), () -> progress.applyEarly(conference)));
        }
        early.stream().sorted(Comparator.comparing(Early::at)).forEach(e -> e.apply().run());
    }

    private static CaseMilestone stored(EventEnvelope<MilestoneRecorded> event) {
        MilestoneRecorded m = event.payload();
        return new CaseMilestone(event.eventId(), m.milestone(), m.sourceSystem(), m.office(), event.occurredAt(),
                m.details());
    }

    /** The case's first conference; its id follows from the case key, so a replay names the same conference. */
    public static UUID conferenceIdFor(String caseKey) {
        return conferenceIdFor(caseKey, 1);
    }

    /** The conference of the case's {@code attempt}-th request (a new one follows a cancelled one). */
    public static UUID conferenceIdFor(String caseKey, int attempt) {
        return UUID.nameUUIDFromBytes(("conference|" + caseKey + "|" + attempt).getBytes(StandardCharsets.UTF_8));
    }
}

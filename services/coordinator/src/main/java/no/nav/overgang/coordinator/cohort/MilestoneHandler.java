package no.nav.overgang.coordinator.cohort;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.randomisation.Assignment;
import no.nav.overgang.coordinator.randomisation.KeyedHashRandomiser;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.platform.consumer.EventHandler;
import no.nav.overgang.platform.outbox.Outbox;

/**
 * Records each milestone against its case and, the first time the eligibility rule holds, enters the case in the
 * cohort, assigns its arm and, for a pilot arm, requests a case conference — all in the consumer's transaction, with
 * the events that announce them.
 */
@Component
public class MilestoneHandler implements EventHandler<MilestoneRecorded> {

    static final String SERVICE = "overgang-coordinator";
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final CaseRepository cases;
    private final EligibilityRules rules;
    private final KeyedHashRandomiser randomiser;
    private final Outbox outbox;
    private final Clock clock;

    public MilestoneHandler(CaseRepository cases, EligibilityRules rules, KeyedHashRandomiser randomiser,
                            Outbox outbox, Clock clock) {
        this.cases = cases;
        this.rules = rules;
        this.randomiser = randomiser;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public EventType eventType() {
        return EventType.MILESTONE_RECORDED;
    }

    @Override
    public void handle(EventEnvelope<MilestoneRecorded> event) {
        MilestoneRecorded milestone = event.payload();
        cases.saveMilestone(event.eventId(), event.caseKey(), milestone, event.occurredAt());
        if (cases.inCohort(event.caseKey())) {
            return;
        }
        CaseHistory history = new CaseHistory(cases.milestonesBefore(event.caseKey(), event.occurredAt(),
                event.eventId()));
        Optional<CohortEntry> entry = rules.evaluate(milestone, event.occurredAt(), history);
        entry.ifPresent(reason -> enter(event, reason));
    }

    private void enter(EventEnvelope<MilestoneRecorded> event, CohortEntry reason) {
        MilestoneRecorded milestone = event.payload();
        String stratum = EligibilityRules.stratum(milestone.sourceSystem(), milestone.office());
        Assignment assignment = randomiser.assign(event.caseKey());
        boolean pilot = assignment.arm().pilot();
        UUID conferenceId = pilot ? conferenceIdFor(event.caseKey()) : null;
        CaseState state = pilot ? CaseState.ENTERED.moveTo(CaseState.CONFERENCE_REQUESTED) : CaseState.ENTERED;
        LocalDate indexDate = LocalDate.ofInstant(event.occurredAt(), NORWAY);
        PilotCase pilotCase = new PilotCase(event.caseKey(), milestone.nationalId(), milestone.office(),
                milestone.sourceSystem(), indexDate, event.occurredAt(), reason.ruleId(), reason.ruleVersion(),
                reason.facts(), reason.explanation(), stratum, assignment.arm().id(), pilot,
                assignment.arm().measuresAuthority(), assignment.method(), assignment.methodVersion(), state,
                conferenceId);
        if (!cases.enter(pilotCase)) {
            return;
        }
        var now = clock.instant();
        outbox.add(event.cause(new CaseEnteredCohort(milestone.sourceSystem(), milestone.office(), indexDate,
                reason.ruleId(), reason.ruleVersion(), reason.facts(), reason.explanation(), stratum), now, SERVICE, null));
        outbox.add(event.cause(new ArmAssigned(assignment.arm().id(), pilot, assignment.arm().measuresAuthority(),
                assignment.method(), assignment.methodVersion(), stratum), now, SERVICE, null));
        if (pilot) {
            outbox.add(event.cause(new ConferenceRequested(conferenceId, assignment.arm().id(),
                    assignment.arm().measuresAuthority(), milestone.office(), milestone.nationalId(),
                    "conference requested because: the case entered the cohort (" + reason.ruleId()
                            + ") and was assigned pilot arm " + assignment.arm().id()), now, SERVICE, null));
        }
    }

    /** One conference per case in this version, so its id follows from the case key. */
    static UUID conferenceIdFor(String caseKey) {
        return UUID.nameUUIDFromBytes(("conference|" + caseKey + "|1").getBytes(StandardCharsets.UTF_8));
    }
}

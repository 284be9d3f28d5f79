package no.nav.overgang.coordinator.followup;

import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cohort.LateMilestones;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.platform.consumer.EventHandler;

/** A recorded outcome means the conference was held: the case moves to conference held. */
@Component
public class ConferenceOutcomeHandler implements EventHandler<ConferenceOutcomeRecorded> {

    private final CaseProgress progress;
    private final Timers timers;
    private final LateMilestones lateMilestones;

    public ConferenceOutcomeHandler(CaseProgress progress, Timers timers, LateMilestones lateMilestones) {
        this.progress = progress;
        this.timers = timers;
        this.lateMilestones = lateMilestones;
    }

    @Override
    public EventType eventType() {
        return EventType.CONFERENCE_OUTCOME_RECORDED;
    }

    @Override
    public void handle(EventEnvelope<ConferenceOutcomeRecorded> event) {
        // the late milestones read before this event first, as they were applied on arrival
        lateMilestones.applyCollected();
        timers.fireDueBy(event);
        var outcome = event.payload();
        progress.conferenceHeld(event.caseKey(), outcome.conferenceId(), Cause.of(event),
                "conference held: its outcome was recorded on %s%s".formatted(
                        PilotCase.date(event.occurredAt()),
                        outcome.disabilityClaimRecommended() ? "; a disability claim is recommended" : ""));
    }
}

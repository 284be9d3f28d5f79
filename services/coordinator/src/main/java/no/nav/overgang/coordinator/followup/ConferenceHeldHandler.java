package no.nav.overgang.coordinator.followup;

import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cohort.LateMilestones;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ConferenceHeld;
import no.nav.overgang.platform.consumer.EventHandler;

/** The meeting took place: the case moves to conference held (its outcome, when it follows, changes nothing more). */
@Component
public class ConferenceHeldHandler implements EventHandler<ConferenceHeld> {

    private final CaseProgress progress;
    private final Timers timers;
    private final LateMilestones lateMilestones;

    public ConferenceHeldHandler(CaseProgress progress, Timers timers, LateMilestones lateMilestones) {
        this.progress = progress;
        this.timers = timers;
        this.lateMilestones = lateMilestones;
    }

    @Override
    public EventType eventType() {
        return EventType.CONFERENCE_HELD;
    }

    @Override
    public void handle(EventEnvelope<ConferenceHeld> event) {
        // the late milestones read before this event first, as they were applied on arrival
        lateMilestones.applyCollected();
        timers.fireDueBy(event);
        progress.conferenceHeld(event.caseKey(), event.payload().conferenceId(), Cause.of(event),
                "conference held on %s".formatted(PilotCase.date(event.occurredAt())));
    }
}

package no.nav.overgang.coordinator.followup;

import org.springframework.stereotype.Component;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ConferenceCancelled;
import no.nav.overgang.platform.consumer.EventHandler;

/** The office cancelled the conference before it was held: its deadline stops and a new one may be requested. */
@Component
public class ConferenceCancelledHandler implements EventHandler<ConferenceCancelled> {

    private final CaseProgress progress;
    private final Timers timers;

    public ConferenceCancelledHandler(CaseProgress progress, Timers timers) {
        this.progress = progress;
        this.timers = timers;
    }

    @Override
    public EventType eventType() {
        return EventType.CONFERENCE_CANCELLED;
    }

    @Override
    public void handle(EventEnvelope<ConferenceCancelled> event) {
        timers.fireDueBy(event);
        progress.conferenceCancelled(event.caseKey(), event.payload().conferenceId(), Cause.of(event));
    }
}

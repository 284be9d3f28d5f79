package no.nav.overgang.coordinator.followup;

import java.util.Map;

import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cohort.LateMilestones;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.platform.consumer.EventHandler;

/** The conference's handover reached the benefits unit: the case moves to handed over. */
@Component
public class HandoverCreatedHandler implements EventHandler<HandoverCreated> {

    private final CaseProgress progress;
    private final Timers timers;
    private final LateMilestones lateMilestones;

    public HandoverCreatedHandler(CaseProgress progress, Timers timers, LateMilestones lateMilestones) {
        this.progress = progress;
        this.timers = timers;
        this.lateMilestones = lateMilestones;
    }

    @Override
    public EventType eventType() {
        return EventType.HANDOVER_CREATED;
    }

    @Override
    public void handle(EventEnvelope<HandoverCreated> event) {
        // the late milestones read before this event first, as they were applied on arrival
        lateMilestones.applyCollected();
        timers.fireDueBy(event);
        var handover = event.payload();
        progress.handedOver(event.caseKey(), handover.conferenceId(), Cause.of(event),
                Map.of("handoverId", handover.handoverId().toString(), "benefitsUnit", handover.benefitsUnit()),
                "handed over on %s to benefits unit %s".formatted(PilotCase.date(event.occurredAt()),
                        handover.benefitsUnit()));
    }
}

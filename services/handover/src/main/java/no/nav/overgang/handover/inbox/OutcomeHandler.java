package no.nav.overgang.handover.inbox;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.platform.consumer.EventHandler;
import no.nav.overgang.platform.outbox.Outbox;

/** A recorded conference outcome becomes a handover in the serving benefits unit's inbox: exactly one per conference. */
@Component
public class OutcomeHandler implements EventHandler<ConferenceOutcomeRecorded> {

    static final String SERVICE = "overgang-handover";

    private final HandoverRepository handovers;
    private final Outbox outbox;
    private final Clock clock;

    public OutcomeHandler(HandoverRepository handovers, Outbox outbox, Clock clock) {
        this.handovers = handovers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public EventType eventType() {
        return EventType.CONFERENCE_OUTCOME_RECORDED;
    }

    @Override
    public void handle(EventEnvelope<ConferenceOutcomeRecorded> event) {
        ConferenceOutcomeRecorded outcome = event.payload();
        UUID handoverId = EventIds.derived(outcome.conferenceId(), EventType.HANDOVER_CREATED, null);
        Handover handover = new Handover(handoverId, outcome.conferenceId(), event.caseKey(), outcome.office(),
                outcome.benefitsUnit(), outcome.arm(), HandoverStatus.RECEIVED, outcome.agreedPlan(),
                outcome.disabilityClaimRecommended(), outcome.documentsNeeded(), outcome.followUpDate(),
                event.occurredAt(), outcome.nextSteps(), outcome.advice(), outcome.measuresAssessment(),
                outcome.caseExplanation(), outcome.caseHistory(), null, null,
                new Handover.EventChain(event.correlationId(), event.eventId()));
        if (handovers.create(handover)) {
            outbox.add(event.cause(new HandoverCreated(handoverId, outcome.conferenceId(), outcome.arm(),
                    outcome.office(), outcome.benefitsUnit()), clock.instant(), SERVICE, null));
        }
    }
}

package no.nav.overgang.metrics.counts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ConferenceCreated;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.metrics.process.ProcessSteps;
import no.nav.overgang.platform.consumer.EventHandler;

/**
 * One counter per event type. Cohort entries are counted from the arm assignment (every entered case gets exactly
 * one) by the dataset's handler of that event, {@code DatasetHandlers}.
 */
@Configuration(proxyBeanMethods = false)
public class CountingHandlers {

    /** The platform allows one handler per event type: this one also records the step for the process indicators. */
    @Bean
    EventHandler<ConferenceCreated> countConferences(ArmCounts counts, ProcessSteps steps) {
        return counting(EventType.CONFERENCE_CREATED, Measure.CONFERENCES, counts, ConferenceCreated::arm,
                event -> steps.conference(event.payload().conferenceId(), event.caseKey(), event.payload().arm(),
                        ProcessSteps.ConferenceStep.CREATED, event.occurredAt()));
    }

    /** The platform allows one handler per event type: this one also records the step for the process indicators. */
    @Bean
    EventHandler<HandoverCreated> countHandovers(ArmCounts counts, ProcessSteps steps) {
        return counting(EventType.HANDOVER_CREATED, Measure.HANDOVERS, counts, HandoverCreated::arm,
                event -> steps.handover(event.payload().handoverId(), event.payload().conferenceId(), event.caseKey(),
                        event.payload().arm(), ProcessSteps.HandoverStep.CREATED, event.occurredAt()));
    }

    private static <P extends EventPayload> EventHandler<P> counting(EventType type, Measure measure, ArmCounts counts,
                                                                     java.util.function.Function<P, String> arm,
                                                                     java.util.function.Consumer<EventEnvelope<P>> also) {
        return EventHandler.of(type, event -> {
            counts.increment(arm.apply(event.payload()), measure);
            also.accept(event);
        });
    }
}

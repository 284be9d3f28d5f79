package no.nav.overgang.metrics.counts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ConferenceCreated;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.platform.consumer.EventHandler;

/**
 * One counter per event type. Cohort entries are counted from the arm assignment (every entered case gets exactly
 * one) by the dataset's handler of that event, {@code DatasetHandlers}.
 */
@Configuration(proxyBeanMethods = false)
public class CountingHandlers {

    @Bean
    EventHandler<ConferenceCreated> countConferences(ArmCounts counts) {
        return counting(EventType.CONFERENCE_CREATED, Measure.CONFERENCES, counts, ConferenceCreated::arm);
    }

    @Bean
    EventHandler<HandoverCreated> countHandovers(ArmCounts counts) {
        return counting(EventType.HANDOVER_CREATED, Measure.HANDOVERS, counts, HandoverCreated::arm);
    }

    private static <P extends EventPayload> EventHandler<P> counting(EventType type, Measure measure, ArmCounts counts,
                                                                     java.util.function.Function<P, String> arm) {
        return new EventHandler<>() {
            @Override
            public EventType eventType() {
                return type;
            }

            @Override
            public void handle(EventEnvelope<P> event) {
                counts.increment(arm.apply(event.payload()), measure);
            }
        };
    }
}

package no.nav.overgang.conference.history;

import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CaseCensored;
import no.nav.overgang.events.payload.CaseClarified;
import no.nav.overgang.events.payload.CaseEndedByCompetingEvent;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.CaseHistoryEntry;
import no.nav.overgang.events.payload.ConferenceEscalated;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.platform.consumer.EventHandler;

/**
 * The events a case's history is made of: the canonical milestones (without the national id they carry) and the
 * coordinator's steps with their explanations, one row of {@link #HISTORY_EVENTS} each, registered as a handler bean
 * per type by {@link HistoryHandlers}. The arm assignment decides whether the history is kept at all.
 */
@Configuration(proxyBeanMethods = false)
@Import(CaseHistoryHandlers.HistoryHandlers.class)
public class CaseHistoryHandlers {

    /** The events of a case's history, and what each adds besides its time and type. */
    private static final List<HistoryEvent<?>> HISTORY_EVENTS = List.of(
            new HistoryEvent<>(EventType.MILESTONE_RECORDED, (MilestoneRecorded m) -> new Step(m.milestone(),
                    m.sourceSystem(), m.details(), null)),
            HistoryEvent.explained(EventType.CASE_ENTERED_COHORT, CaseEnteredCohort::explanation),
            HistoryEvent.explained(EventType.CONFERENCE_ESCALATED, ConferenceEscalated::explanation),
            HistoryEvent.explained(EventType.CASE_CLARIFIED, CaseClarified::explanation),
            HistoryEvent.explained(EventType.CASE_ENDED_BY_COMPETING_EVENT, CaseEndedByCompetingEvent::explanation),
            HistoryEvent.explained(EventType.CASE_CENSORED, CaseCensored::explanation));

    /** A control case never gets a conference: its history is dropped, and so are its later milestones. */
    @Bean
    EventHandler<ArmAssigned> dropHistoryOfNonPilotCases(CaseHistory history) {
        return EventHandler.of(EventType.ARM_ASSIGNED, event -> {
            if (!event.payload().pilot()) {
                history.forget(event.caseKey());
            }
        });
    }

    /** Registers a handler bean for every row of {@link #HISTORY_EVENTS}, named after its event type. */
    static final class HistoryHandlers implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment environment) {
            for (HistoryEvent<?> row : HISTORY_EVENTS) {
                registry.registerBean("caseHistory" + row.type().typeName(), EventHandler.class,
                        spec -> spec.supplier(context -> row.handler(context.bean(CaseHistory.class))));
            }
        }
    }

    /** An event type of the history and the step its payload adds. */
    private record HistoryEvent<P extends EventPayload>(EventType type, Function<P, Step> step) {

        static <P extends EventPayload> HistoryEvent<P> explained(EventType type, Function<P, String> explanation) {
            return new HistoryEvent<>(type, payload -> Step.explained(explanation.apply(payload)));
        }

        EventHandler<P> handler(CaseHistory history) {
            return EventHandler.of(type, event -> {
                Step s = step.apply(event.payload());
                history.add(event.eventId(), event.caseKey(), new CaseHistoryEntry(event.occurredAt(),
                        event.eventType(), s.milestone(), s.source(), s.details(), s.explanation()));
            });
        }
    }

    /** What an event adds to the history besides its time and type. */
    private record Step(MilestoneType milestone, SourceSystem source, MilestoneDetails details, String explanation) {

        static Step explained(String explanation) {
            return new Step(null, null, null, explanation);
        }
    }
}

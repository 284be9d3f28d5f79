package no.nav.overgang.metrics.process;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.AdviceRecorded;
import no.nav.overgang.events.payload.ConferenceCancelled;
import no.nav.overgang.events.payload.ConferenceHeld;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.ConferenceScheduled;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.HandoverAcknowledged;
import no.nav.overgang.events.payload.HandoverClaimed;
import no.nav.overgang.events.payload.HandoverReturned;
import no.nav.overgang.events.payload.InvitationAnswered;
import no.nav.overgang.events.payload.MeasuresAssessmentRecorded;
import no.nav.overgang.metrics.process.ProcessSteps.ConferenceStep;
import no.nav.overgang.metrics.process.ProcessSteps.HandoverStep;
import no.nav.overgang.platform.consumer.EventHandler;

/**
 * The conference and handover step events into the process indicators' step times, one handler per type (the
 * platform allows one). The step events are rows of {@link #CONFERENCE_STEPS} and {@link #HANDOVER_STEPS}, each
 * registered as a handler bean by {@link StepHandlers}. {@code ConferenceCreated} and {@code HandoverCreated} already
 * have the counting handlers of {@code CountingHandlers}, which record those steps here too.
 */
@Configuration(proxyBeanMethods = false)
@Import(ProcessHandlers.StepHandlers.class)
public class ProcessHandlers {

    /** The conference's steps: the event that records the step, and where its payload keeps the conference and arm. */
    private static final List<ConferenceStepEvent<?>> CONFERENCE_STEPS = List.of(
            new ConferenceStepEvent<>(EventType.CONFERENCE_REQUESTED, ConferenceStep.REQUESTED,
                    ConferenceRequested::conferenceId, ConferenceRequested::arm),
            new ConferenceStepEvent<>(EventType.CONFERENCE_SCHEDULED, ConferenceStep.SCHEDULED,
                    ConferenceScheduled::conferenceId, ConferenceScheduled::arm),
            new ConferenceStepEvent<>(EventType.CONFERENCE_HELD, ConferenceStep.HELD,
                    ConferenceHeld::conferenceId, ConferenceHeld::arm),
            new ConferenceStepEvent<>(EventType.CONFERENCE_CANCELLED, ConferenceStep.CANCELLED,
                    ConferenceCancelled::conferenceId, ConferenceCancelled::arm),
            new ConferenceStepEvent<>(EventType.ADVICE_RECORDED, ConferenceStep.ADVICE,
                    AdviceRecorded::conferenceId, AdviceRecorded::arm),
            new ConferenceStepEvent<>(EventType.MEASURES_ASSESSMENT_RECORDED, ConferenceStep.ASSESSED,
                    MeasuresAssessmentRecorded::conferenceId, MeasuresAssessmentRecorded::arm),
            new ConferenceStepEvent<>(EventType.CONFERENCE_OUTCOME_RECORDED, ConferenceStep.OUTCOME,
                    ConferenceOutcomeRecorded::conferenceId, ConferenceOutcomeRecorded::arm));

    /** The handover's steps after its creation, likewise. */
    private static final List<HandoverStepEvent<?>> HANDOVER_STEPS = List.of(
            new HandoverStepEvent<>(EventType.HANDOVER_CLAIMED, HandoverStep.CLAIMED, HandoverClaimed::handoverId,
                    HandoverClaimed::conferenceId, HandoverClaimed::arm),
            new HandoverStepEvent<>(EventType.HANDOVER_ACKNOWLEDGED, HandoverStep.ACKNOWLEDGED,
                    HandoverAcknowledged::handoverId, HandoverAcknowledged::conferenceId, HandoverAcknowledged::arm),
            new HandoverStepEvent<>(EventType.HANDOVER_RETURNED, HandoverStep.RETURNED, HandoverReturned::handoverId,
                    HandoverReturned::conferenceId, HandoverReturned::arm));

    @Bean
    EventHandler<InvitationAnswered> recordAnswer(ProcessSteps steps) {
        return EventHandler.of(EventType.INVITATION_ANSWERED, event -> steps.answer(event.payload().conferenceId(),
                event.caseKey(), event.payload().arm(), event.payload().role(), event.payload().answer()));
    }

    @Bean
    EventHandler<DeadLetterRecorded> recordDeadLetter(ProcessSteps steps) {
        return EventHandler.of(EventType.DEAD_LETTER_RECORDED, event -> steps.deadLetter(event.eventId(),
                event.payload().consumer(), event.payload().reason(), event.occurredAt()));
    }

    /** Registers a handler bean for every row of the step tables, named after its event type. */
    static final class StepHandlers implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment environment) {
            CONFERENCE_STEPS.forEach(row -> register(registry, row.type(), row::handler));
            HANDOVER_STEPS.forEach(row -> register(registry, row.type(), row::handler));
        }

        private static void register(BeanRegistry registry, EventType type,
                                     Function<ProcessSteps, EventHandler<?>> handler) {
            registry.registerBean("processStep" + type.typeName(), EventHandler.class,
                    spec -> spec.supplier(context -> handler.apply(context.bean(ProcessSteps.class))));
        }
    }

    /** A conference step's event type, the step, and the payload's conference id and arm. */
    private record ConferenceStepEvent<P extends EventPayload>(EventType type, ConferenceStep step,
                                                               Function<P, UUID> conference, Function<P, String> arm) {

        EventHandler<P> handler(ProcessSteps steps) {
            return EventHandler.of(type, event -> steps.conference(conference.apply(event.payload()),
                    event.caseKey(), arm.apply(event.payload()), step, event.occurredAt()));
        }
    }

    /** A handover step's event type, the step, and the payload's handover id, conference id and arm. */
    private record HandoverStepEvent<P extends EventPayload>(EventType type, HandoverStep step,
                                                             Function<P, UUID> handover, Function<P, UUID> conference,
                                                             Function<P, String> arm) {

        EventHandler<P> handler(ProcessSteps steps) {
            return EventHandler.of(type, event -> steps.handover(handover.apply(event.payload()),
                    conference.apply(event.payload()), event.caseKey(), arm.apply(event.payload()), step,
                    event.occurredAt()));
        }
    }
}

package no.nav.overgang.metrics.process;

import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
 * platform allows one). {@code ConferenceCreated} and {@code HandoverCreated} already have the counting handlers of
 * {@code CountingHandlers}, which record those steps here too.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessHandlers {

    @Bean
    EventHandler<ConferenceRequested> recordConferenceRequested(ProcessSteps steps) {
        return conferenceStep(EventType.CONFERENCE_REQUESTED, steps, ConferenceStep.REQUESTED,
                ConferenceRequested::conferenceId, ConferenceRequested::arm);
    }

    @Bean
    EventHandler<ConferenceScheduled> recordConferenceScheduled(ProcessSteps steps) {
        return conferenceStep(EventType.CONFERENCE_SCHEDULED, steps, ConferenceStep.SCHEDULED,
                ConferenceScheduled::conferenceId, ConferenceScheduled::arm);
    }

    @Bean
    EventHandler<ConferenceHeld> recordConferenceHeld(ProcessSteps steps) {
        return conferenceStep(EventType.CONFERENCE_HELD, steps, ConferenceStep.HELD, ConferenceHeld::conferenceId,
                ConferenceHeld::arm);
    }

    @Bean
    EventHandler<ConferenceCancelled> recordConferenceCancelled(ProcessSteps steps) {
        return conferenceStep(EventType.CONFERENCE_CANCELLED, steps, ConferenceStep.CANCELLED,
                ConferenceCancelled::conferenceId, ConferenceCancelled::arm);
    }

    @Bean
    EventHandler<AdviceRecorded> recordAdvice(ProcessSteps steps) {
        return conferenceStep(EventType.ADVICE_RECORDED, steps, ConferenceStep.ADVICE, AdviceRecorded::conferenceId,
                AdviceRecorded::arm);
    }

    @Bean
    EventHandler<MeasuresAssessmentRecorded> recordMeasuresAssessment(ProcessSteps steps) {
        return conferenceStep(EventType.MEASURES_ASSESSMENT_RECORDED, steps, ConferenceStep.ASSESSED,
                MeasuresAssessmentRecorded::conferenceId, MeasuresAssessmentRecorded::arm);
    }

    @Bean
    EventHandler<ConferenceOutcomeRecorded> recordOutcome(ProcessSteps steps) {
        return conferenceStep(EventType.CONFERENCE_OUTCOME_RECORDED, steps, ConferenceStep.OUTCOME,
                ConferenceOutcomeRecorded::conferenceId, ConferenceOutcomeRecorded::arm);
    }

    @Bean
    EventHandler<InvitationAnswered> recordAnswer(ProcessSteps steps) {
        return EventHandler.of(EventType.INVITATION_ANSWERED, event -> steps.answer(event.payload().conferenceId(),
                event.caseKey(), event.payload().arm(), event.payload().role(), event.payload().answer()));
    }

    @Bean
    EventHandler<HandoverClaimed> recordHandoverClaimed(ProcessSteps steps) {
        return EventHandler.of(EventType.HANDOVER_CLAIMED, event -> steps.handover(event.payload().handoverId(),
                event.payload().conferenceId(), event.caseKey(), event.payload().arm(), HandoverStep.CLAIMED,
                event.occurredAt()));
    }

    @Bean
    EventHandler<HandoverAcknowledged> recordHandoverAcknowledged(ProcessSteps steps) {
        return EventHandler.of(EventType.HANDOVER_ACKNOWLEDGED, event -> steps.handover(event.payload().handoverId(),
                event.payload().conferenceId(), event.caseKey(), event.payload().arm(), HandoverStep.ACKNOWLEDGED,
                event.occurredAt()));
    }

    @Bean
    EventHandler<HandoverReturned> recordHandoverReturned(ProcessSteps steps) {
        return EventHandler.of(EventType.HANDOVER_RETURNED, event -> steps.handover(event.payload().handoverId(),
                event.payload().conferenceId(), event.caseKey(), event.payload().arm(), HandoverStep.RETURNED,
                event.occurredAt()));
    }

    @Bean
    EventHandler<DeadLetterRecorded> recordDeadLetter(ProcessSteps steps) {
        return EventHandler.of(EventType.DEAD_LETTER_RECORDED, event -> steps.deadLetter(event.eventId(),
                event.payload().consumer(), event.payload().reason(), event.occurredAt()));
    }

    private static <P extends EventPayload> EventHandler<P> conferenceStep(EventType type, ProcessSteps steps,
                                                                           ConferenceStep step,
                                                                           Function<P, UUID> conference,
                                                                           Function<P, String> arm) {
        return EventHandler.of(type, event -> steps.conference(conference.apply(event.payload()), event.caseKey(),
                arm.apply(event.payload()), step, event.occurredAt()));
    }
}

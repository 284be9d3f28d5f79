package no.nav.overgang.conference.history;

import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
 * coordinator's steps with their explanations. The arm assignment decides whether the history is kept at all.
 */
@Configuration(proxyBeanMethods = false)
public class CaseHistoryHandlers {

    @Bean
    EventHandler<MilestoneRecorded> recordMilestone(CaseHistory history) {
        return handler(EventType.MILESTONE_RECORDED, history, m -> new Step(m.milestone(), m.sourceSystem(),
                m.details(), null));
    }

    @Bean
    EventHandler<CaseEnteredCohort> recordCohortEntry(CaseHistory history) {
        return handler(EventType.CASE_ENTERED_COHORT, history, e -> Step.explained(e.explanation()));
    }

    @Bean
    EventHandler<ConferenceEscalated> recordEscalation(CaseHistory history) {
        return handler(EventType.CONFERENCE_ESCALATED, history, e -> Step.explained(e.explanation()));
    }

    @Bean
    EventHandler<CaseClarified> recordClarification(CaseHistory history) {
        return handler(EventType.CASE_CLARIFIED, history, e -> Step.explained(e.explanation()));
    }

    @Bean
    EventHandler<CaseEndedByCompetingEvent> recordCompetingEnd(CaseHistory history) {
        return handler(EventType.CASE_ENDED_BY_COMPETING_EVENT, history, e -> Step.explained(e.explanation()));
    }

    @Bean
    EventHandler<CaseCensored> recordCensoring(CaseHistory history) {
        return handler(EventType.CASE_CENSORED, history, e -> Step.explained(e.explanation()));
    }

    /** A control case never gets a conference: its history is dropped, and so are its later milestones. */
    @Bean
    EventHandler<ArmAssigned> dropHistoryOfNonPilotCases(CaseHistory history) {
        return EventHandler.of(EventType.ARM_ASSIGNED, event -> {
            if (!event.payload().pilot()) {
                history.forget(event.caseKey());
            }
        });
    }

    private static <P extends EventPayload> EventHandler<P> handler(EventType type, CaseHistory history,
                                                                    Function<P, Step> step) {
        return EventHandler.of(type, event -> {
            Step s = step.apply(event.payload());
            history.add(event.eventId(), event.caseKey(), new CaseHistoryEntry(event.occurredAt(), event.eventType(),
                    s.milestone(), s.source(), s.details(), s.explanation()));
        });
    }

    /** What an event adds to the history besides its time and type. */
    private record Step(MilestoneType milestone, SourceSystem source, MilestoneDetails details, String explanation) {

        static Step explained(String explanation) {
            return new Step(null, null, null, explanation);
        }
    }
}

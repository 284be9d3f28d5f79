package no.nav.overgang.metrics.dataset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CaseCensored;
import no.nav.overgang.events.payload.CaseClarified;
import no.nav.overgang.events.payload.CaseEndedByCompetingEvent;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.metrics.counts.ArmCounts;
import no.nav.overgang.metrics.counts.Measure;
import no.nav.overgang.platform.consumer.EventHandler;

/** The case events into the analysis dataset. */
@Configuration(proxyBeanMethods = false)
public class DatasetHandlers {

    @Bean
    EventHandler<CaseEnteredCohort> recordEntry(AnalysisCases cases) {
        return handler(EventType.CASE_ENTERED_COHORT, event -> cases.entered(event.caseKey(),
                stratumBenefit(event.payload()), event.payload().office(), event.payload().stratum(),
                event.payload().indexDate(),
                event.payload().ageBand() == null ? null : event.payload().ageBand().name()));
    }

    /**
     * The source benefit the evaluation stratifies by: the benefit part of the randomisation stratum
     * ({@code SYKEPENGER|0315}, {@code AAP|…} or {@code UNKNOWN|…} when the person had no sykepenger or AAP milestone
     * before entry). The event's {@code sourceBenefit} is then the system of the entering milestone (e.g.
     * UFORETRYGD for a disability claim), which is not a benefit the person was on. A stratum without the
     * {@code benefit|office} form (older events) falls back to {@code sourceBenefit}.
     */
    static String stratumBenefit(CaseEnteredCohort entry) {
        int bar = entry.stratum() == null ? -1 : entry.stratum().indexOf('|');
        return bar > 0 ? entry.stratum().substring(0, bar) : entry.sourceBenefit().name();
    }

    /** The platform allows one handler per event type: this one also counts the cohort entry for the summary. */
    @Bean
    EventHandler<ArmAssigned> recordArmAndCountEntry(AnalysisCases cases, ArmCounts counts) {
        return handler(EventType.ARM_ASSIGNED, event -> {
            cases.assigned(event.caseKey(), event.payload().arm(), event.payload().pilot());
            counts.increment(event.payload().arm(), Measure.COHORT_ENTRIES);
        });
    }

    @Bean
    EventHandler<CaseClarified> recordClarification(AnalysisCases cases) {
        return handler(EventType.CASE_CLARIFIED, event -> cases.ended(event.caseKey(), event.payload().arm(),
                event.payload().indexDate(), event.payload().clarifiedOn(), EndType.CLARIFIED,
                event.payload().outcome().name()));
    }

    @Bean
    EventHandler<CaseEndedByCompetingEvent> recordCompetingEvent(AnalysisCases cases) {
        return handler(EventType.CASE_ENDED_BY_COMPETING_EVENT, event -> cases.ended(event.caseKey(),
                event.payload().arm(), event.payload().indexDate(), event.payload().endedOn(),
                EndType.COMPETING_EVENT, event.payload().competingEvent().name()));
    }

    @Bean
    EventHandler<CaseCensored> recordCensoring(AnalysisCases cases) {
        return handler(EventType.CASE_CENSORED, event -> cases.ended(event.caseKey(), event.payload().arm(),
                event.payload().indexDate(), event.payload().censoredOn(), EndType.CENSORED,
                event.payload().reason().name()));
    }

    private static <P extends EventPayload> EventHandler<P> handler(EventType type,
                                                                    java.util.function.Consumer<EventEnvelope<P>> action) {
        return new EventHandler<>() {
            @Override
            public EventType eventType() {
                return type;
            }

            @Override
            public void handle(EventEnvelope<P> event) {
                action.accept(event);
            }
        };
    }
}

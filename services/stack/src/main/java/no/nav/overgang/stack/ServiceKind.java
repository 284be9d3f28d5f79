package no.nav.overgang.stack;

import no.nav.overgang.conference.ConferenceApplication;
import no.nav.overgang.coordinator.CoordinatorApplication;
import no.nav.overgang.handover.HandoverApplication;
import no.nav.overgang.intake.IntakeApplication;
import no.nav.overgang.metrics.MetricsApplication;

/** The five services, in the order an event flows through them; they start in this order and stop in reverse. */
public enum ServiceKind {
    INTAKE("intake", IntakeApplication.class, 8081),
    COORDINATOR("coordinator", CoordinatorApplication.class, 8082),
    CONFERENCE("conference", ConferenceApplication.class, 8083),
    HANDOVER("handover", HandoverApplication.class, 8084),
    METRICS("metrics", MetricsApplication.class, 8085);

    private final String id;
    private final Class<?> application;
    private final int defaultPort;

    ServiceKind(String id, Class<?> application, int defaultPort) {
        this.id = id;
        this.application = application;
        this.defaultPort = defaultPort;
    }

    public String id() {
        return id;
    }

    public Class<?> application() {
        return application;
    }

    public int defaultPort() {
        return defaultPort;
    }
}

package no.nav.overgang.proof.benchmark;

import java.util.Map;
import java.util.OptionalLong;

/**
 * A running system to measure: where its Kafka and PostgreSQL are, and where each service answers HTTP. The
 * benchmark and the load test only read from it; starting and stopping is the implementation's business.
 */
public interface SystemUnderTest extends AutoCloseable {

    /** The five services, in the order an event flows through them, by their short names. */
    java.util.List<String> SERVICES = java.util.List.of("intake", "coordinator", "conference", "handover", "metrics");

    String kafkaBootstrapServers();

    String jdbcUrl();

    String dbUsername();

    String dbPassword();

    /** Base URL per service short name, e.g. {@code intake -> http://localhost:8081}. */
    Map<String, String> serviceUrls();

    /** The operating-system process of a service when it runs alone; empty when services share a JVM. */
    OptionalLong pid(String service);

    /** Issues a bearer token from the system's token issuer. */
    String token(String navIdent, java.util.List<String> roles, java.util.List<String> offices);

    /** How the system runs, for the report (processes, PostgreSQL settings). */
    String description();

    @Override
    void close();
}

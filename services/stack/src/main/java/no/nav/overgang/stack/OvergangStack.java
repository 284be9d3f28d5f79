package no.nav.overgang.stack;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * All five services in one JVM, each its own Spring Boot application with its own schema, consumer group and port.
 * Used by the one-command local run and by the end-to-end tests, so both exercise the same wiring. In a deployment
 * each service runs alone (docker-compose.yml).
 */
public final class OvergangStack implements AutoCloseable {

    private final Endpoints endpoints;
    private final Map<ServiceKind, Integer> ports;
    private final Map<String, Object> settings;
    private final Map<ServiceKind, ConfigurableApplicationContext> running = new EnumMap<>(ServiceKind.class);

    private OvergangStack(Endpoints endpoints, Map<ServiceKind, Integer> ports, Map<String, Object> settings) {
        this.endpoints = endpoints;
        this.ports = Map.copyOf(ports);
        this.settings = Map.copyOf(settings);
    }

    /**
     * Starts every service.
     *
     * @param ports    the HTTP port per service; 0 for any free port
     * @param settings further properties for every service (secrets, login URL, ...)
     */
    public static OvergangStack start(Endpoints endpoints, Map<ServiceKind, Integer> ports, Map<String, Object> settings) {
        return start(endpoints, ports, settings, java.util.EnumSet.allOf(ServiceKind.class));
    }

    /** Starts some of the services only, in flow order (e.g. the intake alone, for its benchmark). */
    public static OvergangStack start(Endpoints endpoints, Map<ServiceKind, Integer> ports, Map<String, Object> settings,
                                      java.util.Set<ServiceKind> kinds) {
        OvergangStack stack = new OvergangStack(endpoints, ports, settings);
        try {
            for (ServiceKind kind : java.util.EnumSet.copyOf(kinds)) {
                stack.start(kind);
            }
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** Starts one service (again); it resumes from its committed offsets and its outbox. */
    public synchronized void start(ServiceKind kind) {
        if (running.containsKey(kind)) {
            throw new IllegalStateException(kind + " is already running");
        }
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("spring.datasource.url", endpoints.jdbcUrl());
        properties.put("spring.datasource.username", endpoints.dbUsername());
        properties.put("spring.datasource.password", endpoints.dbPassword());
        properties.put("spring.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", endpoints.issuerUri());
        properties.put("server.port", ports.getOrDefault(kind, kind.defaultPort()));
        properties.put("spring.main.banner-mode", "off");
        // one JVM, one logging system: the stack, not each service, decides when logging stops
        properties.put("logging.register-shutdown-hook", false);
        properties.put("logging.include-application-name", false);
        properties.put("spring.datasource.hikari.maximum-pool-size", 5);
        SpringApplicationBuilder application = new SpringApplicationBuilder(kind.application());
        if (settings.get("spring.profiles.active") instanceof String profiles) {
            // "local" or "test": the only profiles in which the platform accepts the repository's demo secrets
            application.profiles(profiles.split(","));
        }
        ConfigurableApplicationContext context = application
                .registerShutdownHook(false)
                .initializers(ctx -> ctx.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("overgang-stack", properties)))
                .run();
        running.put(kind, context);
        publishAuditSources();
    }

    /**
     * Tells every running service where the others are, for the auditor's page, which asks each service's
     * {@code GET /api/audit} (overgang.audit.search.sources.*; read at each search, so a later start is seen).
     */
    private void publishAuditSources() {
        Map<String, Object> sources = new HashMap<>();
        running.keySet().forEach(kind -> sources.put("overgang.audit.search.sources." + kind.id(), baseUrl(kind)));
        for (ConfigurableApplicationContext context : running.values()) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("overgang-stack-audit-sources", Map.copyOf(sources)));
        }
    }

    /** Stops one service the way a deployment stops it: consumers and the outbox publisher finish, then it exits. */
    public synchronized void stop(ServiceKind kind) {
        ConfigurableApplicationContext context = running.remove(kind);
        if (context != null) {
            context.close();
        }
    }

    public synchronized ConfigurableApplicationContext context(ServiceKind kind) {
        ConfigurableApplicationContext context = running.get(kind);
        if (context == null) {
            throw new IllegalStateException(kind + " is not running");
        }
        return context;
    }

    /** The port the service actually listens on. */
    public int port(ServiceKind kind) {
        return ((WebServerApplicationContext) context(kind)).getWebServer().getPort();
    }

    public String baseUrl(ServiceKind kind) {
        return "http://localhost:" + port(kind);
    }

    @Override
    public synchronized void close() {
        List<ServiceKind> reverse = new java.util.ArrayList<>(running.keySet());
        java.util.Collections.reverse(reverse);
        reverse.forEach(this::stop);
    }
}

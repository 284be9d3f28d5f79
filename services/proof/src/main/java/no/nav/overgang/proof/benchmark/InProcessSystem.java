package no.nav.overgang.proof.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import no.nav.overgang.embedded.EmbeddedKafkaServer;
import no.nav.overgang.embedded.EmbeddedPostgresServer;
import no.nav.overgang.embedded.EmbeddedPostgresServer.Durability;
import no.nav.overgang.embedded.LocalOidcServer;
import no.nav.overgang.stack.Endpoints;
import no.nav.overgang.stack.OvergangStack;
import no.nav.overgang.stack.ServiceKind;

/**
 * The services in this JVM (the local run's {@link OvergangStack}) on an in-JVM Kafka broker and a durable
 * embedded PostgreSQL ({@code fsync} and {@code synchronous_commit} on). Used for {@code --in-process} and for the
 * intake alone ({@code --only=intake}); heap and CPU are then the whole JVM's, not a service's.
 */
final class InProcessSystem implements SystemUnderTest {

    /** Fresh secrets for every run: the data are synthetic and thrown away. */
    static final Map<String, Object> SECRETS = Map.of(
            "overgang.pseudonymisation.secret", java.util.UUID.randomUUID().toString(),
            "overgang.coordinator.randomisation-salt", java.util.UUID.randomUUID().toString());

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaServer kafka;
    private final LocalOidcServer oidc;
    private final String jdbcUrl;
    private OvergangStack stack;
    private java.util.Set<ServiceKind> started = java.util.EnumSet.noneOf(ServiceKind.class);

    private InProcessSystem(EmbeddedPostgresServer postgres, EmbeddedKafkaServer kafka, LocalOidcServer oidc) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.oidc = oidc;
        this.jdbcUrl = postgres.jdbcUrl();
    }

    /** Starts Kafka, PostgreSQL and the issuer; the services start with {@link #startServices}. */
    static InProcessSystem startInfrastructure() {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0, Durability.DURABLE, null);
        return new InProcessSystem(postgres, EmbeddedKafkaServer.start(null, 0), LocalOidcServer.start(0));
    }

    /** Starts the named services (short names, e.g. {@code intake}) with this many consumer threads each. */
    void startServices(int consumerThreads, List<String> services) {
        Endpoints endpoints = new Endpoints(jdbcUrl, dbUsername(), dbPassword(), kafka.bootstrapServers(),
                oidc.issuerUri());
        Map<String, Object> settings = new java.util.HashMap<>(SECRETS);
        settings.put("overgang.platform.consumer.concurrency", consumerThreads);
        settings.put("logging.level.root", "WARN");
        Map<ServiceKind, Integer> anyPort = new java.util.EnumMap<>(ServiceKind.class);
        for (ServiceKind kind : ServiceKind.values()) {
            anyPort.put(kind, 0);
        }
        java.util.Set<ServiceKind> kinds = java.util.EnumSet.noneOf(ServiceKind.class);
        for (ServiceKind kind : ServiceKind.values()) {
            if (services.contains(kind.id())) {
                kinds.add(kind);
            }
        }
        started = kinds;
        stack = OvergangStack.start(endpoints, anyPort, settings, kinds);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String dbUsername() {
        return postgres.username();
    }

    @Override
    public String dbPassword() {
        return postgres.password();
    }

    @Override
    public Map<String, String> serviceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        if (stack != null) {
            for (ServiceKind kind : started) {
                urls.put(kind.id(), stack.baseUrl(kind));
            }
        }
        return urls;
    }

    @Override
    public OptionalLong pid(String service) {
        return OptionalLong.empty();
    }

    @Override
    public String token(String navIdent, List<String> roles, List<String> offices) {
        return oidc.issueToken(navIdent, Map.of("NAVident", navIdent, "name", navIdent, "roles", roles,
                "offices", offices), Duration.ofHours(2));
    }

    @Override
    public String description() {
        return started.stream().map(ServiceKind::id).toList() + " in the benchmark's JVM; "
                + PostgresSettings.shown(this);
    }

    @Override
    public void close() {
        if (stack != null) {
            stack.close();
        }
        oidc.close();
        kafka.close();
        postgres.close();
    }

    /** The settings that decide durability, as the server reports them. */
    static final class PostgresSettings {

        private PostgresSettings() {
        }

        static String shown(SystemUnderTest system) {
            try (Connection db = Jdbc.connect(system); Statement sql = db.createStatement()) {
                List<String> shown = new java.util.ArrayList<>();
                for (String name : List.of("fsync", "synchronous_commit", "wal_sync_method", "server_version")) {
                    try (var rs = sql.executeQuery("SHOW " + name)) {
                        rs.next();
                        shown.add(name + "=" + rs.getString(1));
                    }
                }
                return "PostgreSQL " + String.join(", ", shown);
            } catch (SQLException e) {
                return "PostgreSQL settings unreadable: " + e.getMessage();
            }
        }
    }
}

package no.nav.overgang.testkit;

import no.nav.overgang.embedded.EmbeddedKafkaServer;
import no.nav.overgang.embedded.EmbeddedPostgresServer;
import no.nav.overgang.embedded.LocalOidcServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The real PostgreSQL, Kafka broker and OIDC issuer that every test in a JVM shares. Started on first use and
 * stopped when the JVM exits. PostgreSQL and Kafka run in Docker containers when a Docker engine is available,
 * otherwise inside this JVM; the OIDC issuer always runs inside this JVM.
 */
public final class Infrastructure {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

    private static Infrastructure shared;

    private final String jdbcUrl;
    private final String dbUsername;
    private final String dbPassword;
    private final String kafkaBootstrapServers;
    private final LocalOidcServer oidc;
    /** In start order; stopped in reverse. */
    private final List<AutoCloseable> resources;

    private Infrastructure(String jdbcUrl, String dbUsername, String dbPassword, String kafkaBootstrapServers,
                           LocalOidcServer oidc, List<AutoCloseable> resources) {
        this.jdbcUrl = jdbcUrl;
        this.dbUsername = dbUsername;
        this.dbPassword = dbPassword;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.oidc = oidc;
        this.resources = resources;
    }

    public static synchronized Infrastructure shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "shared-test-infrastructure-stop"));
        }
        return shared;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String dbUsername() {
        return dbUsername;
    }

    public String dbPassword() {
        return dbPassword;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String issuerUri() {
        return oidc.issuerUri();
    }

    /** The OIDC issuer, for tokens; see {@link TestTokens}. */
    public LocalOidcServer oidc() {
        return oidc;
    }

    private static Infrastructure start() {
        long started = System.nanoTime();
        boolean docker = DockerClientFactory.instance().isDockerAvailable();
        var oidc = LocalOidcServer.start(0);
        var infrastructure = docker ? inContainers(oidc) : inThisJvm(oidc);
        log.info("Shared test infrastructure: PostgreSQL and Kafka {}, started in {} ms (database {}, broker {}, issuer {})",
                docker ? "in Docker containers (Testcontainers)" : "embedded in this JVM (no Docker engine found)",
                (System.nanoTime() - started) / 1_000_000,
                infrastructure.jdbcUrl, infrastructure.kafkaBootstrapServers, infrastructure.issuerUri());
        return infrastructure;
    }

    private static Infrastructure inContainers(LocalOidcServer oidc) {
        var postgres = new PostgreSQLContainer("postgres:17-alpine").withDatabaseName(EmbeddedPostgresServer.DATABASE);
        // the same broker settings as the embedded one, so tests behave alike in both modes
        var kafka = new KafkaContainer("apache/kafka:4.2.1")
                .withEnv("KAFKA_NUM_PARTITIONS", "6")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        Startables.deepStart(postgres, kafka).join();
        return new Infrastructure(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(),
                kafka.getBootstrapServers(), oidc, List.of(oidc, postgres, kafka));
    }

    private static Infrastructure inThisJvm(LocalOidcServer oidc) {
        quietServerLoggers();
        // side by side: about 4 s instead of 6 s here, as both spend much of their start waiting on disk and processes
        var startingPostgres = CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.start(null, 0));
        var kafka = EmbeddedKafkaServer.start(null, 0);
        EmbeddedPostgresServer postgres;
        try {
            postgres = startingPostgres.join();
        } catch (CompletionException e) {
            kafka.close();
            throw e;
        }
        return new Infrastructure(postgres.jdbcUrl(), postgres.username(), postgres.password(),
                kafka.bootstrapServers(), oidc, List.of(oidc, postgres, kafka));
    }

    /**
     * The embedded servers log a lot at INFO. Their loggers go to WARN now, and through system properties also in
     * every Spring context started later, which sets up logging again; a level given with -D is left alone.
     */
    private static void quietServerLoggers() {
        var logging = LoggingSystem.get(Infrastructure.class.getClassLoader());
        Stream.concat(EmbeddedKafkaServer.SERVER_LOGGERS.stream(), EmbeddedPostgresServer.SERVER_LOGGERS.stream())
                .filter(name -> System.getProperties().putIfAbsent("logging.level." + name, "WARN") == null)
                .forEach(name -> logging.setLogLevel(name, LogLevel.WARN));
    }

    private void stop() {
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Could not stop {}", resource, e);
            }
        }
    }
}

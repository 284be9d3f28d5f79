package no.nav.overgang.proof.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.nav.overgang.embedded.EmbeddedPostgresServer;
import no.nav.overgang.embedded.LocalOidcServer;
import no.nav.overgang.events.Topics;
import no.nav.overgang.stack.Endpoints;
import no.nav.overgang.stack.ServiceKind;

/**
 * The whole system on embedded defaults with <b>every service as its own OS process</b>, for the benchmark, the
 * fault test and the load test.
 * <ul>
 *   <li>Kafka: one broker (KRaft) in its own JVM ({@link KafkaMain}), log directory {@code DATA/kafka};</li>
 *   <li>PostgreSQL: the zonky binaries, a process of their own, data directory {@code DATA/postgres},
 *       {@linkplain ClusterOptions#postgresDurability() durable} by default (fsync and synchronous commit on);</li>
 *   <li>the OIDC issuer: in this JVM, so that {@link #bearer} can sign tokens;</li>
 *   <li>one JVM per service ({@link ServiceMain}) with this JVM's {@code java} and classpath, each on its own
 *       port; started in parallel and ready once {@code /actuator/health} answers 200.</li>
 * </ul>
 * With {@link ClusterOptions#classDataDir()} the child JVMs share a class-data archive there that the coordinator's
 * first JVM writes when it stops ({@link ClassDataSharing}).
 * Every process logs to {@code DATA/logs/<name>.log} (appended to across restarts). Children exit when this JVM
 * does, even when it is killed. Kafka and PostgreSQL keep their data across {@link #restartKafka()} and
 * {@link #restartPostgres()} and keep their ports, as does a service across {@link #killService} and
 * {@link #startService}. An existing data directory is reused: the services resume where they were.
 * <p>
 * Usage:
 * <pre>{@code
 * try (Cluster cluster = Cluster.start(Path.of("target/run"), ClusterOptions.defaults().withPartitions(12))) {
 *     String kafka = cluster.endpoints().kafkaBootstrapServers();
 *     long pid = cluster.service(ServiceKind.INTAKE).pid();
 *     String token = cluster.bearer("Z990050", List.of("statistician"), List.of());
 *     cluster.killService(ServiceKind.COORDINATOR);   // SIGKILL
 *     cluster.startService(ServiceKind.COORDINATOR);  // back, healthy
 * }
 * }</pre>
 * The services run in the {@code local} profile with demo secrets (synthetic data only) and a consumer session
 * timeout of 6 s, so that the partitions of a killed service move to its restarted successor within seconds;
 * {@link ClusterOptions#properties()} overrides any of these. Methods are thread-safe.
 */
public final class Cluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Cluster.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> KAFKA_JVM_OPTIONS = List.of("-Xmx1g", "-XX:+ExitOnOutOfMemoryError");

    private final Path dataDir;
    private final ClusterOptions options;
    private final Map<ServiceKind, Integer> ports = new EnumMap<>(ServiceKind.class);
    private final Map<ServiceKind, ServiceProcess> running = new EnumMap<>(ServiceKind.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread stopOnExit = new Thread(this::close, "cluster-stop");
    private LocalOidcServer oidc;
    private EmbeddedPostgresServer postgres;
    private int postgresPort;
    private Process kafka;
    private int kafkaPort;
    private Endpoints endpoints;
    private final ClassDataSharing classData;
    private String classpath;

    private Cluster(Path dataDir, ClusterOptions options) {
        this.dataDir = dataDir.toAbsolutePath();
        this.options = options;
        this.classData = options.classDataDir() == null ? null : new ClassDataSharing(options.classDataDir(),
                ServiceKind.COORDINATOR.id());
    }

    /** Starts everything and returns once every service is healthy; stops what it started if anything fails. */
    public static Cluster start(Path dataDir, ClusterOptions options) {
        Cluster cluster = new Cluster(dataDir, options);
        Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
        try {
            cluster.startAll();
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Where the services find PostgreSQL, Kafka and the token issuer (also for clients of the test). */
    public Endpoints endpoints() {
        return endpoints;
    }

    public ClusterOptions options() {
        return options;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The running process of a service; fails if it is not running (killed and not started again). */
    public synchronized ServiceProcess service(ServiceKind kind) {
        ServiceProcess process = running.get(kind);
        if (process == null) {
            throw new IllegalStateException(kind + " is not running");
        }
        return process;
    }

    /** {@code http://localhost:<port>} of a service; the port stays the same across restarts. */
    public String baseUrl(ServiceKind kind) {
        return "http://localhost:" + ports.get(kind);
    }

    /** The issuer that signs the services' tokens. */
    public LocalOidcServer oidc() {
        return oidc;
    }

    /** {@code "Bearer <jwt>"} for an employee, valid for 12 hours; offices are 4-digit NAV units. */
    public String bearer(String navIdent, List<String> roles, List<String> offices) {
        Map<String, Object> claims = Map.of("NAVident", navIdent, "name", navIdent,
                "roles", List.copyOf(roles), "offices", List.copyOf(offices));
        return "Bearer " + oidc.issueToken(navIdent, claims, Duration.ofHours(12));
    }

    /** The broker's process id. */
    public synchronized long kafkaPid() {
        return kafka.pid();
    }

    /** The PostgreSQL postmaster's process id. */
    public synchronized long postgresPid() {
        return postgres.pid();
    }

    /** The values of fsync, synchronous_commit and full_page_writes PostgreSQL runs with. */
    public synchronized Map<String, String> postgresDurability() {
        return postgres.durabilitySettings();
    }

    /** The log file of a process: a {@link ServiceKind#id()}, {@code kafka} or {@code postgres}. */
    public Path logFile(String name) {
        return dataDir.resolve("logs").resolve(name + ".log");
    }

    /** Kills the service's JVM with SIGKILL (no shutdown of any kind) and waits until it is gone. */
    public void killService(ServiceKind kind) {
        ServiceProcess process;
        synchronized (this) {
            process = service(kind);
            running.remove(kind);
        }
        process.process().destroyForcibly();
        awaitExit(process.process(), kind.id());
        log.info("killed {} (pid {}) with SIGKILL", kind.id(), process.pid());
    }

    /** Starts a service that is not running and waits until it is healthy. */
    public void startService(ServiceKind kind) {
        synchronized (this) {
            if (running.containsKey(kind)) {
                throw new IllegalStateException(kind + " is already running");
            }
        }
        ServiceProcess process = launch(kind);
        synchronized (this) {
            running.put(kind, process);
        }
        awaitHealthy(process);
    }

    /** Stops the broker in a controlled way (SIGTERM), starts it again on the same port and log directory. */
    public synchronized void restartKafka() {
        stopProcess(kafka, "kafka");
        startKafka();
        log.info("restarted kafka (pid {})", kafka.pid());
    }

    /** Stops PostgreSQL with a fast shutdown and starts it again on the same port and data directory. */
    public synchronized void restartPostgres() {
        long pid = postgres.pid();
        postgres.close();
        // pg_ctl gives up waiting after 5 s; the postmaster must be gone before a new one takes the data directory
        ProcessHandle.of(pid).ifPresent(postmaster -> {
            try {
                postmaster.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("PostgreSQL (pid " + pid + ") did not stop", e);
            }
        });
        startPostgres();
        log.info("restarted postgres (pid {})", postgres.pid());
    }

    /** Stops the services (SIGTERM, reverse order), then Kafka, PostgreSQL and the issuer. Data stays. */
    @Override
    public synchronized void close() {
        List<ServiceKind> kinds = new ArrayList<>(running.keySet());
        Collections.reverse(kinds);
        List<ServiceProcess> stopping = kinds.stream().map(running::remove).toList();
        // SIGTERM to all first, so that they stop side by side
        stopping.forEach(process -> process.process().destroy());
        stopping.forEach(process -> quietly(() -> stopProcess(process.process(), process.kind().id())));
        quietly(() -> {
            if (kafka != null) {
                stopProcess(kafka, "kafka");
                kafka = null;
            }
        });
        quietly(() -> {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        });
        quietly(() -> {
            if (oidc != null) {
                oidc.close();
                oidc = null;
            }
        });
        if (Thread.currentThread() != stopOnExit) {
            quietly(() -> Runtime.getRuntime().removeShutdownHook(stopOnExit));
        }
    }

    private void startAll() {
        try {
            Files.createDirectories(dataDir.resolve("logs"));
            for (ServiceKind kind : ServiceKind.values()) {
                ports.put(kind, freePort());
            }
            kafkaPort = freePort();
            classpath = classData == null ? ChildJvm.ownClasspath() : classData.classpath(ChildJvm.ownClasspath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        oidc = LocalOidcServer.start(0);
        CompletableFuture<Void> startingPostgres = CompletableFuture.runAsync(this::startPostgres);
        startKafka();
        startingPostgres.join();
        postgresPort = postgres.port();
        endpoints = new Endpoints(postgres.jdbcUrl(), postgres.username(), postgres.password(),
                "localhost:" + kafkaPort, oidc.issuerUri());
        createTopics();
        List<ServiceProcess> started = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.values()) {
            ServiceProcess process = launch(kind);
            running.put(kind, process);
            started.add(process);
        }
        started.forEach(this::awaitHealthy);
        log.info("cluster up in {}: kafka {}, postgres {} ({}), services {}", dataDir, endpoints.kafkaBootstrapServers(),
                endpoints.jdbcUrl(), postgres.durabilitySettings(), ports);
    }

    private void startPostgres() {
        postgres = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), postgresPort,
                options.postgresDurability(), logFile("postgres"));
    }

    private void startKafka() {
        Path ready = dataDir.resolve("kafka.ready");
        try {
            Files.deleteIfExists(ready);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka = ChildJvm.start(KafkaMain.class, classpath, jvmOptions(KAFKA_JVM_OPTIONS, "kafka"),
                List.of(dataDir.resolve("kafka").toString(), String.valueOf(kafkaPort), ready.toString()),
                logFile("kafka"), dataDir.resolve("kafka.args"));
        Process starting = kafka;
        awaitUntil(() -> Files.exists(ready), starting, "kafka", options.startTimeout());
    }

    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers()))) {
            for (var topic : Topics.ALL) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic.name(), options.partitions(), (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ServiceProcess launch(ServiceKind kind) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", endpoints.jdbcUrl());
        properties.put("spring.datasource.username", endpoints.dbUsername());
        properties.put("spring.datasource.password", endpoints.dbPassword());
        properties.put("spring.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", endpoints.issuerUri());
        properties.put("server.port", String.valueOf(ports.get(kind)));
        properties.put("spring.main.banner-mode", "off");
        // synthetic data and demo secrets: the platform refuses those outside the local profile
        properties.put("spring.profiles.active", "local");
        properties.put("overgang.pseudonymisation.secret", "proof-secret-NOT-FOR-PRODUCTION");
        properties.put("overgang.coordinator.randomisation-salt", "proof-salt-NOT-FOR-PRODUCTION");
        properties.put("spring.kafka.consumer.properties.session.timeout.ms", "6000");
        properties.put("spring.kafka.consumer.properties.heartbeat.interval.ms", "2000");
        properties.put("logging.level.org.apache.kafka", "WARN");
        properties.putAll(options.properties());
        List<String> args = new ArrayList<>();
        args.add(kind.name());
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        Process process = ChildJvm.start(ServiceMain.class, classpath, jvmOptions(options.jvmOptions(), kind.id()),
                args, logFile(kind.id()), dataDir.resolve(kind.id() + ".args"));
        return new ServiceProcess(kind, process, ports.get(kind), logFile(kind.id()));
    }

    private List<String> jvmOptions(List<String> given, String kind) {
        if (classData == null) {
            return given;
        }
        List<String> all = new ArrayList<>(given);
        all.addAll(classData.jvmOptions(kind));
        return all;
    }

    private void awaitHealthy(ServiceProcess service) {
        HttpRequest health = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        awaitUntil(() -> {
            try {
                return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, service.process(), service.kind().id(), options.startTimeout());
    }

    /** Polls {@code condition} until it holds; fails early, with the end of the log, if the process dies. */
    private void awaitUntil(BooleanSupplier condition, Process process, String name, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready; "
                        + "end of " + logFile(name) + ":\n" + tail(logFile(name)));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not ready within " + timeout + "; end of "
                        + logFile(name) + ":\n" + tail(logFile(name)));
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void stopProcess(Process process, String name) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("{} did not stop within {}; killing it", name, STOP_TIMEOUT);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitExit(process, name);
    }

    private static void awaitExit(Process process, String name) {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.ISO_8859_1) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("while stopping: {}", e.toString());
        }
    }
}

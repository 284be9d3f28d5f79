package no.nav.overgang.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import no.nav.overgang.embedded.EmbeddedKafkaServer;
import no.nav.overgang.embedded.EmbeddedPostgresServer;
import no.nav.overgang.embedded.LocalOidcServer;
import no.nav.overgang.stack.demo.ConferenceDemo;
import no.nav.overgang.stack.demo.DemoSeed;
import no.nav.overgang.stack.entry.EntryApplication;
import no.nav.overgang.stack.entry.EntrySettings;

/**
 * The one-command local run: embedded PostgreSQL and Kafka (data kept under {@code .overgang/} between runs), a
 * local OIDC issuer, all five services and the entry page on http://localhost:8080. Ctrl-C stops everything in
 * order. {@code --reset} deletes the data first.
 */
public final class LocalRun {

    private static final Logger log = LoggerFactory.getLogger(LocalRun.class);

    /** Demo secrets: fine for synthetic data on a laptop, never for anything else. */
    private static final String DEMO_PSEUDONYMISATION_SECRET = "local-demo-secret-NOT-FOR-PRODUCTION";
    private static final String DEMO_RANDOMISATION_SALT = "local-demo-salt-NOT-FOR-PRODUCTION";

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.reset()) {
            deleteRecursively(options.dataDir());
            log.info("deleted local data in {}", options.dataDir());
        }
        Files.createDirectories(options.dataDir());
        // the services' own logging is plenty; the clients' and the broker's INFO lines are noise in a local run
        System.setProperty("logging.level.org.apache.kafka", System.getProperty("logging.level.org.apache.kafka", "WARN"));
        System.setProperty("logging.level.kafka", System.getProperty("logging.level.kafka", "WARN"));
        log.warn("LOCAL RUN: demo pseudonymisation secret and randomisation salt in use. Synthetic data only; "
                + "production must set OVERGANG_PSEUDONYMISATION_SECRET and OVERGANG_RANDOMISATION_SALT.");

        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(options.dataDir().resolve("postgres"), 55432);
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(options.dataDir().resolve("kafka"), 9092);
        LocalOidcServer oidc = LocalOidcServer.start(8090);
        Endpoints endpoints = new Endpoints(postgres.jdbcUrl(), postgres.username(), postgres.password(),
                kafka.bootstrapServers(), oidc.issuerUri());
        OvergangStack stack = OvergangStack.start(endpoints, Map.of(), Map.of(
                "overgang.pseudonymisation.secret", DEMO_PSEUDONYMISATION_SECRET,
                "overgang.coordinator.randomisation-salt", DEMO_RANDOMISATION_SALT,
                "overgang.security.login-url", "http://localhost:8080/login",
                "spring.profiles.active", "local"));
        Map<ServiceKind, String> urls = new EnumMap<>(ServiceKind.class);
        for (ServiceKind kind : ServiceKind.values()) {
            urls.put(kind, stack.baseUrl(kind));
        }
        ConfigurableApplicationContext entry = EntryApplication.start(8080,
                new EntrySettings(urls, oidc, "overgang-token"));
        int seeded = DemoSeed.publish(kafka.bootstrapServers(), options.demoPersons());
        ConferenceDemo.startInBackground(oidc, urls.get(ServiceKind.CONFERENCE), urls.get(ServiceKind.HANDOVER));

        // Stop in order on Ctrl-C or SIGTERM, before the JVM's shutdown hooks run: embedded PostgreSQL registers a
        // hook of its own that would otherwise stop the database under services that are still writing.
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stopAll = () -> {
            log.info("stopping overgang");
            closeQuietly(entry::close);
            closeQuietly(stack::close);
            closeQuietly(oidc::close);
            closeQuietly(kafka::close);
            closeQuietly(postgres::close);
            stopped.countDown();
        };
        for (String signal : new String[] {"INT", "TERM"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> Thread.ofPlatform().name("overgang-stop")
                    .start(() -> {
                        stopAll.run();
                        System.exit(0);
                    }));
        }

        StringBuilder banner = new StringBuilder("\n\n  overgang is running (local, synthetic data)\n\n");
        banner.append("  entry page and demo login   http://localhost:8080\n");
        urls.forEach((kind, url) -> banner.append("  %-27s %s  (health: %s/actuator/health)\n"
                .formatted(kind.id(), url, url)));
        banner.append("  token issuer (OIDC)         ").append(oidc.issuerUri()).append('\n');
        banner.append("  Kafka                       ").append(kafka.bootstrapServers()).append('\n');
        banner.append("  PostgreSQL                  ").append(postgres.jdbcUrl()).append('\n');
        banner.append("  demo source events sent     ").append(seeded).append('\n');
        banner.append("  data                        ").append(options.dataDir().toAbsolutePath())
                .append("  (--reset deletes it)\n\n  Ctrl-C stops everything.\n");
        System.out.println(banner);
        stopped.await();
    }

    private static void closeQuietly(ThrowingRunnable close) {
        try {
            close.run();
        } catch (Exception e) {
            log.warn("while stopping: {}", e.toString());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    record Options(Path dataDir, boolean reset, int demoPersons) {

        static Options parse(String[] args) {
            Path dataDir = Path.of(".overgang");
            boolean reset = false;
            int demoPersons = 150;
            for (String arg : args) {
                if (arg.equals("--reset")) {
                    reset = true;
                } else if (arg.startsWith("--data-dir=")) {
                    dataDir = Path.of(arg.substring("--data-dir=".length()));
                } else if (arg.startsWith("--demo-persons=")) {
                    demoPersons = Integer.parseInt(arg.substring("--demo-persons=".length()));
                } else {
                    throw new IllegalArgumentException("unknown option " + arg
                            + "; use --reset, --data-dir=DIR, --demo-persons=N");
                }
            }
            return new Options(dataDir, reset, demoPersons);
        }
    }
}

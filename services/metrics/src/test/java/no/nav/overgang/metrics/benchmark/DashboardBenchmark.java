package no.nav.overgang.metrics.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import no.nav.overgang.metrics.MetricsApplication;
import no.nav.overgang.metrics.dashboard.Dashboard;
import no.nav.overgang.metrics.dashboard.DashboardFilter;
import no.nav.overgang.testkit.Infrastructure;
import no.nav.overgang.testkit.TestTokens;

import static org.awaitility.Awaitility.await;

/**
 * The evaluators' dashboard under load: {@code DashboardBenchmark [CASES=1000000] [REQUESTS=400]}. Starts the
 * shared test infrastructure (embedded PostgreSQL and Kafka, or Testcontainers) and the metrics service, fills the
 * analysis dataset with synthetic cases in SQL (two years of entries, three arms, two source benefits, fifteen
 * office groups, clarifications, competing events, censoring and open cases), then times whole HTTP requests of
 * {@code GET /sider/evaluering} as an evaluator: the first after the new data (and how long the background reload
 * of the dataset takes), every filter
 * combination once (computed, not cached: 162 of them, with and without an age band), and a mix of repeated combinations as evaluators would
 * click; then the computation alone, in process, with its CPU time. Prints p50 and p95 of each. A benchmark, not a
 * test: run it by hand (docs/PERFORMANCE.md).
 */
public final class DashboardBenchmark {

    private static final String[] AS_OF = {"2026-06-30", "2026-03-31", "2025-12-31"};
    private static final String[] SOURCES = {"", "SYKEPENGER", "AAP"};
    private static final String[] OFFICE_GROUPS = {"", "03", "46"};
    private static final String[] VARIANTS = {"", "pilot-office", "pilot-unit"};
    private static final String[] AGE_BANDS = {"", "FROM_50_TO_59"};

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Infrastructure infra = Infrastructure.shared();
        ConfigurableApplicationContext context = new SpringApplication(MetricsApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + infra.jdbcUrl(),
                "--spring.datasource.username=" + infra.dbUsername(),
                "--spring.datasource.password=" + infra.dbPassword(),
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.issuerUri(),
                "--logging.level.root=WARN",
                "--logging.level.no.nav.overgang.metrics.dashboard=INFO");
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long filled = System.nanoTime();
            fill(jdbc, cases);
            System.out.printf(Locale.ROOT, "%,d cases written in %.1f s; %d processors, Java %s, max heap %d MB%n",
                    cases, (System.nanoTime() - filled) / 1e9, Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            run(port, requests);
            computeOnly(context.getBean(Dashboard.class));
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static void run(int port, int requests) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String cookie = "overgang-token=" + TestTokens.bearer("Z990999", List.of("evaluator"), List.of())
                .substring("Bearer ".length());
        // the service loaded the (empty) dataset when it started; a request now finds the new version, starts the
        // reload in the background and is answered from the old version until the reload is done
        long started = System.nanoTime();
        long first = timed(http, port, cookie, query("2025-06-30", "", "", ""));
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> !body(http, port, cookie, query("2025-06-30", "", "", "")).contains("For få saker"));
        System.out.printf(Locale.ROOT, "first request after the new data (the first the service answers): %.0f ms,"
                + " from the version in memory; the new version was loaded and in use %.1f s after it%n", first / 1e6,
                (System.nanoTime() - started) / 1e9);
        // warm up the code paths on combinations that are not measured below
        for (String source : SOURCES) {
            for (String variant : VARIANTS) {
                timed(http, port, cookie, query("2025-06-30", source, "", variant));
                timed(http, port, cookie, query("2025-09-30", source, "11", variant));
            }
        }
        List<String> combinations = new ArrayList<>();
        for (String asOf : AS_OF) {
            for (String source : SOURCES) {
                for (String group : OFFICE_GROUPS) {
                    for (String variant : VARIANTS) {
                        for (String ageBand : AGE_BANDS) {
                            combinations.add(query(asOf, source, group, variant, ageBand));
                        }
                    }
                }
            }
        }
        long[] computed = new long[combinations.size()];
        for (int i = 0; i < computed.length; i++) {
            computed[i] = timed(http, port, cookie, combinations.get(i));
        }
        print("every filter combination once (computed, not cached)", computed);
        SplittableRandom random = new SplittableRandom(6);
        long[] mix = new long[requests];
        for (int i = 0; i < requests; i++) {
            // most evaluators look at the default view and a few common filters; some at rarer ones
            String query = random.nextDouble() < 0.6
                    ? combinations.get(random.nextInt(9)) : combinations.get(random.nextInt(combinations.size()));
            mix[i] = timed(http, port, cookie, query);
        }
        print("a mix of " + requests + " requests over the same combinations", mix);
    }

    /**
     * The computation alone, in this process, for every combination with a horizon not asked for before (so not
     * cached): elapsed time, and the CPU time of the computing thread, which is what the elapsed time would be on
     * an idle machine (the computation runs on one thread).
     */
    private static void computeOnly(Dashboard dashboard) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<long[]> times = new ArrayList<>();
        for (String asOf : AS_OF) {
            for (String source : SOURCES) {
                for (String group : OFFICE_GROUPS) {
                    for (String variant : VARIANTS) {
                        for (String ageBand : AGE_BANDS) {
                            DashboardFilter filter = new DashboardFilter(LocalDate.parse(asOf), source, group,
                                    variant, 364, ageBand);
                            long cpu = threads.getCurrentThreadCpuTime();
                            long start = System.nanoTime();
                            dashboard.view(filter);
                            times.add(new long[] {System.nanoTime() - start,
                                    threads.getCurrentThreadCpuTime() - cpu});
                        }
                    }
                }
            }
        }
        print("the computation alone (not cached), elapsed", times.stream().mapToLong(t -> t[0]).toArray());
        print("the computation alone (not cached), CPU time of its thread",
                times.stream().mapToLong(t -> t[1]).toArray());
    }

    private static String query(String asOf, String source, String group, String variant) {
        return query(asOf, source, group, variant, "");
    }

    private static String query(String asOf, String source, String group, String variant, String ageBand) {
        return "per=" + asOf + "&ytelse=" + source + "&kontorgruppe=" + group + "&variant=" + variant
                + (ageBand.isEmpty() ? "" : "&alder=" + ageBand);
    }

    private static long timed(HttpClient http, int port, String cookie, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sider/evaluering?"
                        + query))
                .header("Cookie", cookie).header("Accept", "text/html").timeout(Duration.ofMinutes(2)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200 || !response.body().contains("sammenligning-")) {
            throw new IllegalStateException("GET /sider/evaluering?" + query + " gave " + response.statusCode());
        }
        return elapsed;
    }

    private static String body(HttpClient http, int port, String cookie, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sider/evaluering?"
                + query)).header("Cookie", cookie).header("Accept", "text/html").build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests%n", what,
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.95) / 1e6, sorted[sorted.length - 1] / 1e6,
                sorted.length);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /**
     * Synthetic cases, in SQL: entries over two years from 2024-07-01; half control, a quarter in each pilot
     * variant, the pilot a little faster; age bands weighted towards the fifties (2 % unknown); exponential times to the end; 85 % of ends clarifications (decision,
     * return to work or another), 5 % competing events, 10 % censoring; ends after 2026-11-01 not yet happened.
     */
    private static void fill(JdbcTemplate jdbc, int cases) {
        jdbc.execute("TRUNCATE analysis_case");
        jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SELECT setseed(0.20261123)");
                statement.execute("""
                        INSERT INTO analysis_case (case_key, arm, pilot, source_benefit, office, stratum, index_date,
                                                   end_date, end_type, end_detail, age_band)
                        SELECT md5('benchmark-' || i), arm, arm <> 'control', source,
                               office, source || '|' || office, index_date,
                               CASE WHEN end_date <= DATE '2026-11-01' THEN end_date END,
                               CASE WHEN end_date > DATE '2026-11-01' THEN NULL
                                    WHEN kind < 0.05 THEN 'COMPETING_EVENT'
                                    WHEN kind < 0.15 THEN 'CENSORED' ELSE 'CLARIFIED' END,
                               CASE WHEN end_date > DATE '2026-11-01' THEN NULL
                                    WHEN kind < 0.05 THEN 'DIED'
                                    WHEN kind < 0.15 THEN 'MOVED_OUTSIDE_PILOT'
                                    WHEN kind < 0.45 THEN 'DISABILITY_GRANTED'
                                    WHEN kind < 0.75 THEN 'RETURNED_TO_WORK' ELSE 'WORK_ASSESSMENT_GRANTED' END,
                               CASE WHEN r_age < 0.02 THEN NULL WHEN r_age < 0.10 THEN 'UNDER_30'
                                    WHEN r_age < 0.27 THEN 'FROM_30_TO_39' WHEN r_age < 0.52 THEN 'FROM_40_TO_49'
                                    WHEN r_age < 0.84 THEN 'FROM_50_TO_59' ELSE 'FROM_60' END
                        FROM (
                            SELECT i, arm, source, office, index_date, r_age,
                                   index_date + (1 + floor(-ln(1 - r_time)
                                       * CASE WHEN arm = 'control' THEN 270 ELSE 220 END))::int AS end_date,
                                   kind
                            FROM (
                                SELECT i,
                                       CASE WHEN r_arm < 0.5 THEN 'control'
                                            WHEN r_arm < 0.75 THEN 'pilot-office' ELSE 'pilot-unit' END AS arm,
                                       CASE WHEN r_source < 0.5 THEN 'SYKEPENGER' ELSE 'AAP' END AS source,
                                       (ARRAY['03','11','15','18','31','32','33','34','39','40','42','46','50',
                                              '55','56'])[1 + floor(r_group * 15)::int]
                                           || lpad(floor(r_office * 40)::int::text, 2, '0') AS office,
                                       DATE '2024-07-01' + floor(r_index * 730)::int AS index_date,
                                       r_time, kind, r_age
                                FROM (SELECT i, random() AS r_arm, random() AS r_source, random() AS r_group,
                                             random() AS r_office, random() AS r_index, random() AS r_time,
                                             random() AS kind, random() AS r_age
                                      FROM generate_series(1, %d) AS i) AS draws
                            ) AS assigned
                        ) AS timed""".formatted(cases));
                statement.execute("UPDATE analysis_version SET version = version + 1 WHERE id = 1");
            }
            return null;
        });
    }
}

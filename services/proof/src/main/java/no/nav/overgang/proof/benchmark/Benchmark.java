package no.nav.overgang.proof.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;

import no.nav.overgang.simulator.SourceRecord;

/**
 * The benchmark of issue 8 (and issue 3's intake benchmark with {@code --only=intake}): starts the system, measures
 * this machine's plain ceilings on the same records, feeds N simulated cases through the source topics and prints
 * the throughput per stage and end to end, the latency from a source event to the conference request it causes at
 * a steady offered rate, heap and CPU per service, and the pipeline's throughput as a ratio of each ceiling.
 * See docs/PERFORMANCE.md.
 */
public final class Benchmark {

    /**
     * The business-time periods of the runs ({@link BusinessPeriods}): the warm-up's before the measured run's, the
     * latency run's after it, so that no run's milestones are late behind the one before.
     */
    private static final int WARM_UP = 2;
    private static final int MEASURED = 1;
    private static final int STEADY = 0;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        java.io.PrintStream figures = figuresOnStdout();
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Report report = new Report(figures);
        List<SourceRecord> records = BusinessPeriods.simulate(options.cases(), 42,
                options.late() ? WARM_UP : MEASURED);
        long milestones = records.stream().filter(SourceRecord::milestone).count();
        report.header(options, records.size(), milestones, loadAverage());
        Map<String, Double> ceilings = new java.util.LinkedHashMap<>();
        try (SystemUnderTest system = Systems.start(options.only(), options.threads(), options.partitions(),
                options.inProcess(), infrastructure -> {
                if (options.ceilings()) {
                    Ceilings plain = new Ceilings(infrastructure, options.threads(), options.partitions());
                    System.err.println("  measuring the plain ceilings ...");
                    ceilings.put("Kafka consume→produce copy", plain.kafkaCopy(records));
                    ceilings.put("batched durable insert (rows)", plain.batchedInsert(records));
                    ceilings.put("plain stage", plain.plainStage(records));
                }
            });
             Admin admin = Kafka.admin(system.kafkaBootstrapServers())) {
            report.system(system.description());
            report.ceilings(ceilings);
            if (options.warmupCases() > 0) {
                List<SourceRecord> warmUp = BusinessPeriods.simulate(options.warmupCases(), 7, WARM_UP);
                System.err.println("  warming up on " + warmUp.size() + " source events of other cases ...");
                report.warmUp(new PipelineRun(system, admin).run(warmUp, options.only(), Duration.ofMinutes(60)),
                        warmUp.size());
            }
            try (ResourceSampler resources = new ResourceSampler(system, Duration.ofSeconds(1))) {
                DatabaseWork before = DatabaseWork.snapshot(system);
                PipelineRun.Result throughput = new PipelineRun(system, admin)
                        .run(records, options.only(), Duration.ofMinutes(60));
                report.throughput(throughput, records.size(), milestones, ceilings, loadAverage());
                report.database(DatabaseWork.snapshot(system).since(before), milestones,
                        throughput.endToEndSeconds());
                if (options.fullPipeline() && options.latencySeconds() > 0) {
                    List<SourceRecord> steady = steadyRecords(options.rate(), options.latencySeconds());
                    LatencyProbe.Result latency = new LatencyProbe(system)
                            .run(steady, options.rate(), Duration.ofSeconds(30));
                    report.latency(latency, options.latencySeconds(), loadAverage());
                }
                report.resources(resources.usage(), system.pid(options.only().getFirst()).isPresent());
            }
        }
        System.exit(0);
    }

    /** Enough other persons' records for the latency run: about {@code rate × seconds} milestones. */
    private static List<SourceRecord> steadyRecords(double rate, int seconds) {
        long wanted = Math.round(rate * seconds);
        int persons = (int) Math.max(10, wanted / 9);
        List<SourceRecord> records = BusinessPeriods.simulate(persons, 4242, STEADY);
        long milestones = 0;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).milestone() && ++milestones == wanted) {
                return records.subList(0, i + 1);
            }
        }
        return records;
    }

    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /**
     * Keeps stdout for the figures: every log line (the services', the broker's) goes to stderr, at WARN. Returns
     * the original stdout.
     */
    public static java.io.PrintStream figuresOnStdout() {
        java.io.PrintStream figures = System.out;
        System.setOut(System.err);
        // the embedded broker logs before any Spring context configures logging
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        for (String logger : List.of("org.apache.kafka", "kafka", "state.change.logger", "io.zonky", "org.flywaydb",
                "org.springframework", "no.nav.security", "com.zaxxer", "org.apache.catalina", "root")) {
            System.setProperty("logging.level." + logger, "WARN");
        }
        return figures;
    }
}

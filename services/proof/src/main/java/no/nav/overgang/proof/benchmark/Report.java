package no.nav.overgang.proof.benchmark;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Prints the benchmark's figures, one section per measurement, in the order they are measured. */
final class Report {

    private static final int TABLES_SHOWN = 14;

    private final PrintStream out;
    private double pipelineMilestonesPerSecond = Double.NaN;

    Report(PrintStream out) {
        this.out = out;
    }

    void header(BenchmarkOptions options, int records, long milestones, double load) {
        out.printf("%novergang benchmark  %s  %d cores  load average %.1f at start%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), load);
        out.printf("input: %,d simulated cases → %,d source events, %,d of which become milestones%n",
                options.cases(), records, milestones);
        out.printf("services: %s; %d consumer threads each; the ceilings use as many%n",
                String.join(", ", options.only()), options.threads());
    }

    void system(String description) {
        out.println("system: " + description);
    }

    void ceilings(Map<String, Double> ceilings) {
        if (ceilings.isEmpty()) {
            return;
        }
        out.println("\nceilings of this machine (the same source events, broker and database):");
        ceilings.forEach((name, rate) -> out.printf("  %-32s %,10.0f /s%n", name, rate));
    }

    void warmUp(PipelineRun.Result result, int records) {
        out.printf("%nwarm-up, not counted: %,d source events of other cases, the intake at %,.0f events/s%n",
                records, records / result.stages().get("intake").seconds());
    }

    void throughput(PipelineRun.Result result, int records, long milestones, Map<String, Double> ceilings,
                    double load) {
        out.printf("%nthroughput, fed as fast as the broker takes it (load average %.1f at the end):%n", load);
        out.printf("  %-12s %12s %9s %12s %14s%n", "stage", "records", "seconds", "records/s", "milestones/s");
        result.stages().forEach((stage, r) -> out.printf("  %-12s %,12d %9.1f %,12.0f %,14.0f%n", stage, r.records(),
                r.seconds(), r.records() / r.seconds(), milestones / r.seconds()));
        pipelineMilestonesPerSecond = milestones / result.endToEndSeconds();
        out.printf("  %-12s %12s %9.1f %12s %,14.0f%n", "end to end", "", result.endToEndSeconds(), "",
                pipelineMilestonesPerSecond);
        PipelineRun.StageResult intake = result.stages().get("intake");
        double intakeEvents = records / intake.seconds();
        if (!ceilings.isEmpty()) {
            out.println("  ratios to the ceilings:");
            ceilings.forEach((name, rate) -> out.printf("    %-32s end to end %5.2f (milestones/s)   intake %5.2f"
                    + " (source events/s)%n", name, pipelineMilestonesPerSecond / rate, intakeEvents / rate));
        }
        out.printf("  targets: end to end ≥ 10,000 milestones/s: %s; intake ≥ 20,000 events/s: %s%s%n",
                verdict(pipelineMilestonesPerSecond, 10_000), verdict(intakeEvents, 20_000),
                ceilings.containsKey("plain stage") ? "; intake ≥ 0.7 of the plain stage: "
                        + verdict(intakeEvents / ceilings.get("plain stage"), 0.7) : "");
    }

    /** Where the database's share of the machine went during the measured run, per milestone. */
    void database(DatabaseWork work, long milestones, double seconds) {
        out.printf("%ndatabase during the measured run: PostgreSQL CPU %.2f cores (%.2f ms per milestone), %,d commits"
                        + " (%.0f per 1,000 milestones), WAL %,.0f MB (%,.0f bytes per milestone)%n",
                work.cpuSeconds() / seconds, 1000 * work.cpuSeconds() / milestones, work.commits(),
                1000.0 * work.commits() / milestones, work.walBytes() / 1e6, (double) work.walBytes() / milestones);
        out.printf("  rows per milestone, busiest tables first:  %-44s %9s %9s %9s%n", "", "inserted", "updated",
                "deleted");
        work.busiestTables().stream().limit(TABLES_SHOWN).forEach(table -> out.printf(
                "    %-84s %9.2f %9.2f %9.2f%n", table.getKey(), (double) table.getValue()[0] / milestones,
                (double) table.getValue()[1] / milestones, (double) table.getValue()[2] / milestones));
        long[] total = work.rows().values().stream().reduce(new long[3],
                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        out.printf("    %-84s %9.2f %9.2f %9.2f%n", "all tables", (double) total[0] / milestones,
                (double) total[1] / milestones, (double) total[2] / milestones);
    }

    void latency(LatencyProbe.Result result, int seconds, double load) {
        out.printf("%nlatency, source event → ConferenceRequested, %,d milestones/s offered for %d s "
                        + "(load average %.1f at the end):%n", result.offeredMilestonesPerSecond(), seconds, load);
        out.printf("  %,d conference requests: p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms; target p99 ≤ 100 ms:"
                        + " %s%n", result.latencies().length, result.percentileMillis(50), result.percentileMillis(95),
                result.percentileMillis(99), result.percentileMillis(100),
                result.latencies().length == 0 ? "no requests seen" : verdict(100, result.percentileMillis(99)));
    }

    void resources(Map<String, ResourceSampler.Usage> usage, boolean perProcess) {
        out.printf("%nresources per service%s:%n", perProcess ? "" : " (all in one JVM: each line is the whole JVM)");
        out.printf("  %-12s %14s %16s %16s%n", "service", "peak heap MB", "mean CPU cores", "peak CPU cores");
        usage.forEach((service, u) -> out.printf("  %-12s %,14.0f %16.2f %16.2f%n", service,
                u.peakHeapBytes / 1e6, u.meanCores(), u.peakCores));
    }

    private static String verdict(double value, double target) {
        return value >= target ? "met" : "missed (%.0f %% of it)".formatted(100 * value / target);
    }
}

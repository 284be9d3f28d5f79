package no.nav.overgang.proof.benchmark;

import java.util.List;
import java.util.Map;

/**
 * The benchmark's arguments, {@code --name=value}.
 *
 * @param cases           simulated persons whose histories are fed through the pipeline (about 20 source events each)
 * @param threads         consumer threads per service, and threads of every plain ceiling
 * @param rate            milestones per second offered in the latency run
 * @param latencySeconds  how long the latency run offers that rate
 * @param only            the services to run and measure: all five, or {@code intake} alone (issue 3)
 * @param inProcess       all services in the benchmark's JVM instead of one process each
 * @param ceilings        whether to measure the plain ceilings
 * @param partitions      partitions of every topic (the contract's 6 by default)
 * @param warmupCases     simulated persons (other than the measured ones) fed through first and not counted, so the
 *                        measured run finds the code compiled, as in a service that has been running (0: none)
 * @param late            the measured cases take the warm-up's business-time period instead of their own, so every
 *                        measured milestone arrives below a source watermark already read — a re-drive, or a source
 *                        resending old events — and the coordinator's late path is what is measured; needs a warm-up
 */
record BenchmarkOptions(int cases, int threads, double rate, int latencySeconds, List<String> only, boolean inProcess,
                        boolean ceilings, int partitions, int warmupCases, boolean late) {

    static final List<String> KNOWN = List.of("cases", "threads", "rate", "latency-seconds", "only", "in-process",
            "ceilings", "partitions", "warmup-cases", "late");

    static BenchmarkOptions parse(String[] args) {
        Map<String, String> given = Arguments.parse(args, KNOWN);
        List<String> only = given.containsKey("only") ? List.of(given.get("only").split(",")) : SystemUnderTest.SERVICES;
        if (!SystemUnderTest.SERVICES.containsAll(only) || !only.contains("intake")) {
            throw new IllegalArgumentException("--only names services among " + SystemUnderTest.SERVICES
                    + " and includes intake");
        }
        BenchmarkOptions options = new BenchmarkOptions(
                Integer.parseInt(given.getOrDefault("cases", "5000")),
                Integer.parseInt(given.getOrDefault("threads", "3")),
                Double.parseDouble(given.getOrDefault("rate", "1000")),
                Integer.parseInt(given.getOrDefault("latency-seconds", "30")),
                SystemUnderTest.SERVICES.stream().filter(only::contains).toList(),
                Boolean.parseBoolean(given.getOrDefault("in-process", "false")),
                Boolean.parseBoolean(given.getOrDefault("ceilings", "true")),
                Integer.parseInt(given.getOrDefault("partitions", "6")),
                Integer.parseInt(given.getOrDefault("warmup-cases", "0")),
                Boolean.parseBoolean(given.getOrDefault("late", "false")));
        if (options.cases < 1 || options.threads < 1 || options.rate <= 0 || options.latencySeconds < 0
                || options.partitions < 1 || options.warmupCases < 0) {
            throw new IllegalArgumentException("--cases, --threads and --rate must be positive");
        }
        if (options.late && options.warmupCases == 0) {
            throw new IllegalArgumentException("--late=true needs --warmup-cases: the warm-up moves the watermark");
        }
        return options;
    }

    boolean fullPipeline() {
        return only.contains("conference");
    }
}

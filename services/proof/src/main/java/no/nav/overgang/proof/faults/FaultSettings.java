package no.nav.overgang.proof.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.nav.overgang.proof.launch.ClusterOptions;

/**
 * What the fault test runs.
 *
 * @param milestones   at least this many canonical milestones in the history (plus 5 % bad source events)
 * @param seed         the simulator's seed; the same seed gives the same history
 * @param dataDir      the runs' data go to {@code fault-free/} and {@code faulted/} below it (deleted first)
 * @param conferences  how many requested conferences each run holds (deterministically chosen)
 * @param settleWithin how long the system may take to settle after the history, and after the conferences
 * @param cluster      how the system is started
 */
public record FaultSettings(long milestones, long seed, Path dataDir, int conferences, Duration settleWithin,
                            ClusterOptions cluster) {

    /**
     * {@code --name=value} arguments: milestones (100000), seed (2026), data-dir (target/faults), conferences (100),
     * settle-minutes (30), partitions (6), start-minutes (5: how long a process may take to start),
     * jvm-options (the service JVMs' options, separated by spaces; default {@code -Xmx768m}).
     */
    public static FaultSettings parse(String[] args) {
        Map<String, String> given = Arrays.stream(args).map(arg -> {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + arg);
            }
            return arg.substring(2).split("=", 2);
        }).collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
        var known = java.util.Set.of("milestones", "seed", "data-dir", "conferences", "settle-minutes", "partitions",
                "start-minutes", "jvm-options");
        given.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("unknown argument --" + k + "; known: " + known);
        });
        ClusterOptions cluster = ClusterOptions.defaults()
                .withPartitions(Integer.parseInt(given.getOrDefault("partitions", "6")));
        if (given.containsKey("start-minutes")) {
            cluster = cluster.withStartTimeout(Duration.ofMinutes(Long.parseLong(given.get("start-minutes"))));
        }
        if (given.containsKey("jvm-options")) {
            cluster = cluster.withJvmOptions(List.of(given.get("jvm-options").trim().split("\\s+")));
        }
        return new FaultSettings(Long.parseLong(given.getOrDefault("milestones", "100000")),
                Long.parseLong(given.getOrDefault("seed", "2026")),
                Path.of(given.getOrDefault("data-dir", "target/faults")),
                Integer.parseInt(given.getOrDefault("conferences", "100")),
                Duration.ofMinutes(Long.parseLong(given.getOrDefault("settle-minutes", "30"))),
                cluster);
    }
}

package no.nav.overgang.proof.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.nav.overgang.proof.launch.QuietLogging;

/**
 * The fault test (issue 8): replays a simulated history twice on the system with every service as its own process —
 * once without faults, once while killing each service with SIGKILL in turn, restarting the Kafka broker and
 * restarting PostgreSQL — with 5 % bad source events mixed into both, and compares. Prints the counts it compared;
 * exits 1 on any difference, 2 on bad arguments. See docs/PERFORMANCE.md, "Faults".
 */
public final class FaultCommand {

    private FaultCommand() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogging.apply();
        FaultSettings settings;
        try {
            settings = FaultSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("fault test: " + e.getMessage());
            System.exit(2);
            return;
        }
        Comparison comparison = run(settings, System.out);
        System.exit(comparison.ok() ? 0 : 1);
    }

    /** Both runs and the comparison; the shorter CI version calls this with a smaller history. */
    public static Comparison run(FaultSettings settings, PrintStream out) throws Exception {
        long started = System.nanoTime();
        // the end of the history: a whole hour, so that the intake never sees an event from its future
        Instant until = Instant.now().truncatedTo(ChronoUnit.HOURS);
        FaultHistory history = FaultHistory.generate(settings.milestones(), settings.seed(), until);
        Map<String, Long> bad = history.bad().stream().collect(Collectors.groupingBy(b -> b.kind().reason(),
                TreeMap::new, Collectors.counting()));
        out.printf("overgang fault test: %,d synthetic persons (seed %d, until %s), %,d records: %,d good "
                        + "(%,d milestones) and %,d bad %s%n", history.persons(), settings.seed(), until,
                history.records().size(), history.goodRecords(), history.milestones(), history.bad().size(), bad);
        RunResult clean = Replay.run("fault-free", history, fresh(settings.dataDir().resolve("fault-free")),
                settings.cluster(), false, settings.conferences(), settings.settleWithin(), out);
        RunResult faulted = Replay.run("faulted", history, fresh(settings.dataDir().resolve("faulted")),
                settings.cluster(), true, settings.conferences(), settings.settleWithin(), out);
        Comparison comparison = Comparison.of(history, clean, faulted);
        comparison.print(out);
        out.printf("%nfaults injected:%n");
        faulted.faults().forEach(f -> out.println("  " + f));
        out.printf("%nwall time: fault-free run %.0f s, faulted run %.0f s, whole test %.0f s%n",
                clean.wall().toMillis() / 1000.0, faulted.wall().toMillis() / 1000.0,
                (System.nanoTime() - started) / 1e9);
        return comparison;
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}

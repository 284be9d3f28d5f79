package no.nav.overgang.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The simulator command: generates synthetic case histories and publishes them in the source systems' own formats
 * to their topics. See docs/SIMULATOR.md for the model and the arguments.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        SimulationSettings settings;
        try {
            settings = SimulationSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("simulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            run(settings, System.out);
        } catch (org.apache.kafka.common.KafkaException | IllegalStateException e) {
            System.err.printf("%nsimulator: publishing to %s failed: %s%n", settings.bootstrapServers(), e.getMessage());
            System.exit(1);
        }
    }

    /** Generates, publishes and prints a summary; returns the simulation. */
    public static CaseHistories.Simulation run(SimulationSettings settings, PrintStream out)
            throws InterruptedException, IOException {
        CaseHistories.Simulation simulation = new CaseHistories(settings).generate();
        out.printf("overgang simulator: %,d synthetic persons, starts from %s over %d days, offices %s, seed %d%n",
                settings.persons(), settings.from(), settings.entryWindowDays(), String.join(",", settings.offices()),
                settings.seed());
        out.printf("  exposed share %.2f, true hazard ratio of clarification %.2f; publishing %,d records up to %s %s%n",
                settings.pilotShare(), settings.hazardRatio(), simulation.records().size(), settings.until(),
                settings.speed() == 0 ? "as fast as possible" : "at %.0fx business time".formatted(settings.speed()));
        Duration took;
        try (Publisher publisher = new Publisher(settings.bootstrapServers())) {
            took = publisher.publish(simulation.records(), settings.speed(), out);
        }
        if (settings.truthFile() != null) {
            writeTruth(simulation, Path.of(settings.truthFile()));
        }
        summary(simulation, took, out);
        return simulation;
    }

    private static void summary(CaseHistories.Simulation simulation, Duration took, PrintStream out) {
        out.printf("%nPublished %,d records (%,d of them canonical milestones once translated) in %.1f s: %,.0f records/s%n",
                simulation.records().size(), simulation.milestones(), took.toMillis() / 1000.0,
                simulation.records().size() / Math.max(0.001, took.toMillis() / 1000.0));
        out.println("\nRecords by source event:");
        counts(simulation.records(), SourceRecord::event).forEach((k, v) -> out.printf("  %-42s %,8d%n", k, v));
        out.println("\nPersons by path:");
        counts(simulation.persons(), CaseHistories.Person::path).forEach((k, v) -> out.printf("  %-42s %,8d%n", k, v));
        out.println("\nOutcomes of the persons who reached the index moment (week 39 or the AAP grant), by group:");
        List<CaseHistories.Person> indexed = simulation.persons().stream().filter(p -> p.indexDate() != null).toList();
        for (boolean exposed : new boolean[] {false, true}) {
            List<CaseHistories.Person> group = indexed.stream().filter(p -> p.exposed() == exposed).toList();
            out.printf("  %s (%,d persons)%n", exposed ? "exposed" : "not exposed", group.size());
            counts(group, p -> p.outcome().name()).forEach((k, v) -> out.printf("    %-40s %,8d%n", k, v));
            out.printf("    median days to clarification (among the clarified) %s%n", median(group));
        }
    }

    private static String median(List<CaseHistories.Person> group) {
        List<Long> days = new ArrayList<>(group.stream().filter(p -> p.outcome().clarifies())
                .map(p -> ChronoUnit.DAYS.between(p.indexDate(), p.outcomeDate())).sorted().toList());
        return days.isEmpty() ? "-" : String.valueOf(days.get(days.size() / 2));
    }

    private static <T> Map<String, Long> counts(List<T> items, Function<T, String> by) {
        return items.stream().collect(Collectors.groupingBy(by, TreeMap::new, Collectors.counting()));
    }

    /** The ground truth per person, for a benchmark of the evaluation; synthetic ids only. */
    private static void writeTruth(CaseHistories.Simulation simulation, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("person,national_id,office,path,exposed,index_date,outcome,outcome_date");
        for (CaseHistories.Person p : simulation.persons()) {
            lines.add(String.join(",", String.valueOf(p.person()), p.nationalId(), p.office(), p.path(),
                    String.valueOf(p.exposed()), String.valueOf(p.indexDate()), p.outcome().name(),
                    String.valueOf(p.outcomeDate())));
        }
        Files.write(file, lines);
    }
}

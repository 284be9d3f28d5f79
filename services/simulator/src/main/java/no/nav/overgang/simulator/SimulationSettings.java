package no.nav.overgang.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What to simulate. Histories depend only on the seed, the persons, the offices, the start and entry window, the
 * pilot share and the hazard ratio, never on {@code until}: running again later publishes the same events again
 * (duplicates, no effect) plus the ones that have happened since.
 *
 * @param persons          how many synthetic persons
 * @param from             first possible sick-leave or AAP start
 * @param entryWindowDays  starts are spread uniformly over this many days from {@code from}
 * @param until            events after this instant are not published (default: now; never later, since the
 *                         intake refuses milestones from the future)
 * @param offices          NAV offices (4-digit enhet) the persons are followed up by, uniformly
 * @param seed             the same seed gives the same persons and histories
 * @param pilotShare       share of persons in the simulator's own exposed group (see docs/SIMULATOR.md)
 * @param hazardRatio      true effect of exposure on the hazard of clarification; 1 for none, below 1 slows, above 1
 *                         speeds clarification
 * @param speed            0 for as fast as possible; otherwise business seconds per wall-clock second
 */
public record SimulationSettings(int persons, LocalDate from, int entryWindowDays, Instant until,
                                 List<String> offices, long seed, double pilotShare, double hazardRatio,
                                 double speed, String bootstrapServers, String truthFile) {

    public SimulationSettings {
        if (persons < 1) {
            throw new IllegalArgumentException("--persons must be at least 1");
        }
        if (offices.isEmpty() || offices.stream().anyMatch(o -> !o.matches("\\d{4}"))) {
            throw new IllegalArgumentException("--offices must be 4-digit NAV office numbers, separated by commas");
        }
        if (hazardRatio <= 0 || pilotShare < 0 || pilotShare > 1 || speed < 0 || entryWindowDays < 1) {
            throw new IllegalArgumentException("--hazard-ratio > 0, 0 <= --pilot-share <= 1, --speed >= 0, "
                    + "--entry-window-days >= 1");
        }
        if (until.isAfter(Instant.now())) {
            throw new IllegalArgumentException("--until may not be in the future: the intake refuses such milestones");
        }
        offices = List.copyOf(offices);
    }

    public static SimulationSettings defaults(String bootstrapServers) {
        return new SimulationSettings(100, LocalDate.now(ZoneOffset.UTC).minusMonths(24), 365, Instant.now(),
                List.of("0315", "0312", "1201"), 2026, 0.5, 1.0, 0, bootstrapServers, null);
    }

    public SimulationSettings withPersons(int n) {
        return new SimulationSettings(n, from, entryWindowDays, until, offices, seed, pilotShare, hazardRatio, speed,
                bootstrapServers, truthFile);
    }

    /** {@code --name=value} arguments over the defaults; unknown names are refused. */
    public static SimulationSettings parse(String[] args) {
        Map<String, String> given = Arrays.stream(args).map(arg -> {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + arg);
            }
            return arg.substring(2).split("=", 2);
        }).collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
        List<String> known = List.of("persons", "from", "entry-window-days", "until", "offices", "seed",
                "pilot-share", "hazard-ratio", "speed", "bootstrap-servers", "truth-file");
        given.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("unknown argument --" + k + "; known: --" + String.join(", --", known));
        });
        SimulationSettings d = defaults("localhost:9092");
        return new SimulationSettings(
                get(given, "persons", Integer::parseInt, d.persons()),
                get(given, "from", LocalDate::parse, d.from()),
                get(given, "entry-window-days", Integer::parseInt, d.entryWindowDays()),
                get(given, "until", Instant::parse, d.until()),
                get(given, "offices", v -> List.of(v.split(",")), d.offices()),
                get(given, "seed", Long::parseLong, d.seed()),
                get(given, "pilot-share", Double::parseDouble, d.pilotShare()),
                get(given, "hazard-ratio", Double::parseDouble, d.hazardRatio()),
                get(given, "speed", v -> v.equals("max") ? 0.0 : Double.parseDouble(v), d.speed()),
                get(given, "bootstrap-servers", Function.identity(), d.bootstrapServers()),
                get(given, "truth-file", Function.identity(), null));
    }

    private static <T> T get(Map<String, String> given, String name, Function<String, T> parse, T otherwise) {
        return given.containsKey(name) ? parse.apply(given.get(name)) : otherwise;
    }
}

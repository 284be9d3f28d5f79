package no.nav.overgang.stack.demo;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.nav.overgang.simulator.SimulationSettings;
import no.nav.overgang.simulator.SimulatorMain;

/**
 * The local run's demo pilot: case histories for synthetic persons from the simulator, published in the source
 * systems' own formats up to today. The seed and the start date are fixed, so the event ids are too, and seeding
 * again on every start only adds what has happened since (the intake ignores the rest as duplicates).
 */
public final class DemoSeed {

    private static final LocalDate HISTORY_STARTS = LocalDate.of(2025, 1, 6);
    private static final List<String> OFFICES = List.of("0315", "0312", "1201");
    private static final long SEED = 2026;

    private DemoSeed() {
    }

    /** Publishes the demo histories; returns how many source events. */
    public static int publish(String bootstrapServers, int persons) throws IOException, InterruptedException {
        SimulationSettings settings = new SimulationSettings(persons, HISTORY_STARTS, 365, Instant.now(), OFFICES,
                SEED, 0.5, 1.0, 0, bootstrapServers, null);
        return SimulatorMain.run(settings, System.out).records().size();
    }
}

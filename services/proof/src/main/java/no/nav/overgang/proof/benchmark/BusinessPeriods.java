package no.nav.overgang.proof.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.nav.overgang.simulator.CaseHistories;
import no.nav.overgang.simulator.SimulationSettings;
import no.nav.overgang.simulator.SourceRecord;

/**
 * Successive business-time periods for what the benchmark and the load test feed, each {@value #SPAN_YEARS} years
 * long and ending where the next begins; period 0 ends now, period 1 ends where period 0 begins, and so on back.
 * <p>
 * Why: the intake's source watermark follows business time, and once it has passed a time, a milestone of an earlier
 * time is <em>late</em> — the coordinator applies it on arrival, one at a time (docs/PILOT.md, "Allowed lateness").
 * Feeding the same period twice (a warm-up, then the measured run over the same years) would make every measured
 * milestone late and measure that exceptional path instead of the ordinary one; so every feed takes a later period
 * than the one before it, as live sources do.
 */
public final class BusinessPeriods {

    static final int SPAN_YEARS = 3;
    private static final int ENTRY_WINDOW_DAYS = 730;
    /** The oldest period: its persons' birth dates still have valid synthetic national ids, its dates are after 1900. */
    public static final int OLDEST = 24;

    private BusinessPeriods() {
    }

    /** Histories of {@code cases} synthetic persons in the {@code back}-th period before now, in business-time order. */
    public static List<SourceRecord> simulate(int cases, long seed, int back) {
        if (back < 0 || back > OLDEST) {
            throw new IllegalArgumentException("period " + back + " is not between 0 and " + OLDEST);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusYears((long) SPAN_YEARS * (back + 1));
        Instant until = back == 0 ? Instant.now().truncatedTo(ChronoUnit.SECONDS)
                : from.plusYears(SPAN_YEARS).atStartOfDay(ZoneOffset.UTC).toInstant();
        SimulationSettings defaults = SimulationSettings.defaults(null);
        SimulationSettings settings = new SimulationSettings(cases, from, ENTRY_WINDOW_DAYS, until,
                defaults.offices(), seed, 0.5, 1.0, 0, "unused", null);
        return new CaseHistories(settings).generate().records();
    }
}

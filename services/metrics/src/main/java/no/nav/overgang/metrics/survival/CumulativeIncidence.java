package no.nav.overgang.metrics.survival;

import java.util.Arrays;

/**
 * Aalen–Johansen estimate of the cumulative incidence of competing outcomes (e.g. clarified by a decision, by a
 * return to work, or ended by death or retirement): F_c(t) = Σ_{t_j ≤ t} S(t_j−) d_cj / n_j, with S the
 * Kaplan–Meier estimate of having had no outcome at all. Unlike 1 − KM per cause, the incidences and S add up to 1.
 */
public final class CumulativeIncidence {

    private CumulativeIncidence() {
    }

    /**
     * @param times     distinct times with at least one outcome or censoring, increasing
     * @param atRisk    number at risk just before each time
     * @param incidence incidence[c][k]: cumulative incidence of outcome c + 1 just after times[k]
     * @param survival  probability of no outcome yet just after times[k]
     */
    public record Estimate(double[] times, int[] atRisk, double[][] incidence, double[] survival) {
    }

    /**
     * @param time     time to the first outcome or to censoring
     * @param outcome  0 for censored, 1..outcomes for the outcome that happened
     * @param outcomes number of competing outcomes
     */
    public static Estimate estimate(double[] time, int[] outcome, int outcomes) {
        if (time.length != outcome.length) {
            throw new IllegalArgumentException("time and outcome of different lengths");
        }
        double[] sorted = time.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        double[] times = Arrays.copyOf(sorted, distinct);
        // counts[c][k]: outcome c (0 = censored) at times[k]
        int[][] counts = new int[outcomes + 1][distinct];
        for (int i = 0; i < time.length; i++) {
            if (outcome[i] < 0 || outcome[i] > outcomes) {
                throw new IllegalArgumentException("outcome must be 0 (censored) to " + outcomes);
            }
            counts[outcome[i]][Arrays.binarySearch(times, time[i])]++;
        }
        return estimate(times, counts);
    }

    /**
     * The same estimate from cases already counted per time: counts[c][k] cases with outcome c (0 = censored) at
     * times[k], increasing. Times without a case are left out.
     */
    public static Estimate estimate(double[] times, int[][] counts) {
        int outcomes = counts.length - 1;
        int distinct = 0;
        int left = 0;
        for (int k = 0; k < times.length; k++) {
            int all = 0;
            for (int[] count : counts) {
                all += count[k];
            }
            left += all;
            distinct += all > 0 ? 1 : 0;
        }
        double[] kept = new double[distinct];
        int[] atRisk = new int[distinct];
        double[][] incidence = new double[outcomes][distinct];
        double[] survival = new double[distinct];
        double before = 1;
        double[] cumulative = new double[outcomes];
        for (int k = 0, i = 0; k < times.length; k++) {
            int ended = 0;
            for (int c = 1; c <= outcomes; c++) {
                ended += counts[c][k];
            }
            if (ended + counts[0][k] == 0) {
                continue;
            }
            kept[i] = times[k];
            atRisk[i] = left;
            for (int c = 1; c <= outcomes; c++) {
                cumulative[c - 1] += before * counts[c][k] / left;
                incidence[c - 1][i] = cumulative[c - 1];
            }
            before *= 1 - (double) ended / left;
            survival[i] = before;
            left -= ended + counts[0][k];
            i++;
        }
        return new Estimate(kept, atRisk, incidence, survival);
    }
}

package no.nav.overgang.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The dashboard counts its cases per day and analyses the counts; the API analyses one row per case. Both must give
 * the same numbers: the same data both ways, compared number by number.
 */
class CountedSurvivalDataTest {

    @Test
    void counted_cases_give_the_same_analysis_as_one_row_per_case() {
        SurvivalData rows = LogRankTest.synthetic(new Random(17), 500, true);
        SurvivalReport fromRows = SurvivalAnalysis.analyse(rows, 120.0);

        SurvivalReport fromCounts = SurvivalAnalysis.analyse(counted(rows), 120.0);

        for (int g = 0; g < 2; g++) {
            GroupSurvival expected = fromRows.groups().get(g);
            GroupSurvival actual = fromCounts.groups().get(g);
            assertThat(actual.group()).isEqualTo(expected.group());
            assertThat(List.of(actual.n(), actual.events())).isEqualTo(List.of(expected.n(), expected.events()));
            assertThat(actual.median()).isEqualTo(expected.median());
            assertThat(actual.medianLower()).isEqualTo(expected.medianLower());
            assertThat(actual.medianUpper()).isEqualTo(expected.medianUpper());
            assertThat(actual.curve()).isEqualTo(expected.curve());
        }
        assertThat(fromCounts.logrank().chiSquare()).isCloseTo(fromRows.logrank().chiSquare(), within(1e-12));
        assertThat(fromCounts.stratifiedLogrank().chiSquare())
                .isCloseTo(fromRows.stratifiedLogrank().chiSquare(), within(1e-12));
        assertThat(fromCounts.cox().coef()).isCloseTo(fromRows.cox().coef(), within(1e-12));
        assertThat(fromCounts.cox().score()).isCloseTo(fromRows.cox().score(), within(1e-12));
        assertThat(fromCounts.rmst().difference()).isCloseTo(fromRows.rmst().difference(), within(1e-9));
        assertThat(fromCounts.rmst().differenceStdErr()).isCloseTo(fromRows.rmst().differenceStdErr(), within(1e-9));
    }

    @Test
    void cumulative_incidence_from_counts_equals_the_estimate_from_rows() {
        Random random = new Random(5);
        int n = 300;
        double[] time = new double[n];
        int[] outcome = new int[n];
        int[][] counts = new int[4][41];
        double[] days = new double[41];
        for (int k = 0; k < days.length; k++) {
            days[k] = k;
        }
        for (int i = 0; i < n; i++) {
            time[i] = random.nextInt(41);
            outcome[i] = random.nextInt(4);
            counts[outcome[i]][(int) time[i]]++;
        }

        CumulativeIncidence.Estimate fromRows = CumulativeIncidence.estimate(time, outcome, 3);
        CumulativeIncidence.Estimate fromCounts = CumulativeIncidence.estimate(days, counts);

        assertThat(fromCounts.times()).containsExactly(fromRows.times());
        assertThat(fromCounts.atRisk()).containsExactly(fromRows.atRisk());
        for (int c = 0; c < 3; c++) {
            assertThat(fromCounts.incidence()[c]).containsExactly(fromRows.incidence()[c], within(1e-15));
        }
    }

    /** The rows counted per whole time, group and stratum, as the dashboard counts its cases. */
    private static CountedSurvivalData counted(SurvivalData rows) {
        int last = 0;
        for (double t : rows.timeColumn()) {
            last = Math.max(last, (int) t);
        }
        double[] times = new double[last + 1];
        for (int k = 0; k <= last; k++) {
            times[k] = k;
        }
        int strata = rows.strata().size();
        int groups = rows.groups().size();
        int[][][] events = new int[strata][groups][times.length];
        int[][][] censored = new int[strata][groups][times.length];
        for (int i = 0; i < rows.size(); i++) {
            int[][][] target = rows.eventColumn()[i] ? events : censored;
            target[rows.stratumColumn()[i]][rows.groupColumn()[i]][(int) rows.timeColumn()[i]]++;
        }
        return new CountedSurvivalData(rows.groups(), rows.strata(), times, events, censored);
    }
}

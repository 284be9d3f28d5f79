package no.nav.overgang.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The log-rank test against R and against independent calculations.
 * Reference: R survival, {@code survdiff(Surv(time, status) ~ x, data = aml)}. The package's own test output
 * ({@code tests/doaml.Rout.save} in therneau/survival) prints Observed 7 and 11, Expected 10.69 and 7.31, "Chisq= 3.4
 * on 1 degrees of freedom, p= 0.0653"; the statistic and p-value in full, 3.3963886989776 and 0.0653393220405051,
 * are recorded in JASP's survival module tests ({@code tests/testthat/test-library-Leukemia.R},
 * jasp-stats/jaspSurvival) and agree with the 3.396389 / 0.065339 the MPyC project prints for the same data
 * ({@code demos/README.rst}, lschoe/mpyc).
 */
class LogRankTest {

    @Test
    void the_aml_log_rank_test_matches_r_survdiff() {
        EventTable table = Aml.table();
        LogRank test = new LogRank(2).add(table, table.atRisk());

        TestResult result = test.result();

        assertThat(result.chiSquare()).isCloseTo(3.3963886989776, within(1e-10));
        assertThat(result.df()).isEqualTo(1);
        assertThat(result.p()).isCloseTo(0.0653393220405051, within(1e-10));
        assertThat(7 - test.observedMinusExpected()[0]).as("expected events, Maintained").isCloseTo(10.69, within(5e-3));
        assertThat(11 - test.observedMinusExpected()[1]).as("expected events, Nonmaintained").isCloseTo(7.31, within(5e-3));
    }

    /**
     * Without tied times the log-rank statistic is the score test of the Cox model (a standard result, e.g.
     * Therneau and Grambsch, Modeling Survival Data, Springer 2000): two independent computations of one number.
     */
    @Test
    void without_ties_the_log_rank_statistic_equals_the_cox_score_test() {
        SurvivalData untied = untied(Aml.data());

        SurvivalReport report = SurvivalAnalysis.analyse(untied, null);

        assertThat(report.logrank().chiSquare()).isCloseTo(report.cox().score(), within(1e-10));
    }

    @Test
    void the_stratified_test_sums_observed_minus_expected_and_variance_over_strata() {
        SurvivalData data = synthetic(new Random(6), 400, true);

        TestResult stratified = SurvivalAnalysis.analyse(data, null).stratifiedLogrank();

        double[] u = new double[2];
        double v = 0;
        for (int s = 0; s < data.strata().size(); s++) {
            double[] ov = naiveObservedMinusExpectedAndVariance(data, s);
            u[0] += ov[0];
            v += ov[1];
        }
        assertThat(stratified.chiSquare()).isCloseTo(u[0] * u[0] / v, within(1e-9));
        assertThat(stratified.df()).isEqualTo(1);
    }

    @Test
    void with_a_single_stratum_the_stratified_test_is_the_ordinary_one() {
        SurvivalData.Builder builder = SurvivalData.builder();
        SurvivalData aml = Aml.data();
        for (int i = 0; i < aml.size(); i++) {
            builder.add(aml.groups().get(aml.groupColumn()[i]), aml.timeColumn()[i], aml.eventColumn()[i], "all");
        }

        SurvivalReport report = SurvivalAnalysis.analyse(builder.build(), null);

        assertThat(report.stratifiedLogrank().chiSquare()).isCloseTo(3.396389, within(5e-6));
    }

    @Test
    void three_groups_give_a_test_on_two_degrees_of_freedom_equal_to_the_quadratic_form_of_two_of_them() {
        SurvivalData.Builder builder = SurvivalData.builder();
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            int g = i % 3;
            double time = Math.ceil(-Math.log(random.nextDouble()) * (20 + 10 * g));
            builder.add("arm-" + g, time, random.nextDouble() < 0.8, null);
        }
        SurvivalData data = builder.build();

        TestResult result = SurvivalAnalysis.analyse(data, null).logrank();

        // U and V of the first two groups (the third is redundant: the U sum to 0), V inverted by hand
        double[] u = new double[2];
        double[][] v = new double[2][2];
        double[] time = data.timeColumn();
        double[] distinct = java.util.Arrays.stream(time).distinct().sorted().toArray();
        for (double t : distinct) {
            int[] n = new int[3];
            int[] d = new int[3];
            for (int i = 0; i < data.size(); i++) {
                if (time[i] >= t) {
                    n[data.groupColumn()[i]]++;
                    if (time[i] == t && data.eventColumn()[i]) {
                        d[data.groupColumn()[i]]++;
                    }
                }
            }
            int total = n[0] + n[1] + n[2];
            int deaths = d[0] + d[1] + d[2];
            if (deaths == 0 || total < 2) {
                continue;
            }
            for (int g = 0; g < 2; g++) {
                u[g] += d[g] - (double) deaths * n[g] / total;
                for (int h = 0; h < 2; h++) {
                    v[g][h] += (double) deaths * (total - deaths) / (total - 1) * n[g] / total
                            * ((g == h ? 1 : 0) - (double) n[h] / total);
                }
            }
        }
        double determinant = v[0][0] * v[1][1] - v[0][1] * v[1][0];
        double chiSquare = (u[0] * u[0] * v[1][1] - 2 * u[0] * u[1] * v[0][1] + u[1] * u[1] * v[0][0]) / determinant;

        assertThat(result.df()).isEqualTo(2);
        assertThat(result.chiSquare()).isCloseTo(chiSquare, within(1e-9));
        assertThat(result.p()).isCloseTo(Math.exp(-chiSquare / 2), within(1e-12)); // χ² on 2 df: p = e^{−x/2}
    }

    /** Group 0's observed minus expected events and its variance in one stratum, straight from the definition. */
    private static double[] naiveObservedMinusExpectedAndVariance(SurvivalData data, int stratum) {
        double u = 0;
        double v = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.stratumColumn()[i] != stratum || !data.eventColumn()[i]) {
                continue;
            }
            double t = data.timeColumn()[i];
            boolean firstAtThisTime = true;
            for (int j = 0; j < i; j++) {
                if (data.stratumColumn()[j] == stratum && data.eventColumn()[j] && data.timeColumn()[j] == t) {
                    firstAtThisTime = false;
                }
            }
            if (!firstAtThisTime) {
                continue;
            }
            int n = 0;
            int n0 = 0;
            int d = 0;
            int d0 = 0;
            for (int j = 0; j < data.size(); j++) {
                if (data.stratumColumn()[j] != stratum || data.timeColumn()[j] < t) {
                    continue;
                }
                boolean first = data.groupColumn()[j] == 0;
                n++;
                n0 += first ? 1 : 0;
                if (data.eventColumn()[j] && data.timeColumn()[j] == t) {
                    d++;
                    d0 += first ? 1 : 0;
                }
            }
            u += d0 - (double) d * n0 / n;
            if (n > 1) {
                v += (double) d * n0 / n * (1 - (double) n0 / n) * (n - d) / (n - 1);
            }
        }
        return new double[]{u, v};
    }

    /** aml with every time moved by a distinct small amount, so that no two times tie. */
    static SurvivalData untied(SurvivalData data) {
        SurvivalData.Builder builder = SurvivalData.builder();
        for (int i = 0; i < data.size(); i++) {
            builder.add(data.groups().get(data.groupColumn()[i]), data.timeColumn()[i] + i * 1e-3,
                    data.eventColumn()[i], null);
        }
        return builder.build();
    }

    /** Whole-day times with many ties, two arms, three strata; the second arm a little faster. */
    static SurvivalData synthetic(Random random, int n, boolean withStrata) {
        SurvivalData.Builder builder = SurvivalData.builder();
        for (int i = 0; i < n; i++) {
            boolean pilot = random.nextBoolean();
            int stratum = random.nextInt(3);
            double time = Math.ceil(-Math.log(random.nextDouble()) * (pilot ? 90 : 120) * (1 + stratum * 0.3));
            boolean clarified = time < 250 && random.nextDouble() < 0.85;
            builder.add(pilot ? "pilot" : "control", Math.min(time, 250), clarified,
                    withStrata ? "stratum-" + stratum : null);
        }
        return builder.build();
    }
}

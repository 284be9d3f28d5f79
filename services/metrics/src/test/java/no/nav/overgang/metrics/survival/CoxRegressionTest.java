package no.nav.overgang.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;

/**
 * Cox proportional hazards (Efron ties) against R and against a brute-force Efron likelihood.
 * Reference: R survival, {@code coxph(Surv(time, status) ~ x, data = aml)} (Efron is coxph's default). The
 * package's own test output ({@code tests/doaml.Rout.save} in therneau/survival, {@code method='efron'}) prints
 * coef 0.916, exp(coef) 2.5, se(coef) 0.512, "Likelihood ratio test=3.38 on 1 df, p=0.0658"; current versions of R
 * print coef 0.9155, exp(coef) 2.4981, se(coef) 0.5119, z 1.788, p 0.0737 and "Likelihood ratio test=3.38 on 1 df,
 * p=0.06581" (reproduced in many public R course notes); {@code summary()} adds lower .95 0.9159, upper .95 6.813,
 * "Wald test = 3.2" and "Score (logrank) test = 3.42". The limits and the Wald test follow from coef and se (z²);
 * a case-by-case Efron likelihood maximised in this test, and one written independently in Python/SciPy while
 * checking these values (coef 0.9155326, se 0.5119099, LR 3.384447, score 3.416695), agree to every digit printed.
 */
class CoxRegressionTest {

    private final CoxResult aml = SurvivalAnalysis.analyse(Aml.data(), null).cox();

    @Test
    void the_hazard_ratio_of_no_maintenance_matches_r_coxph() {
        assertThat(aml.coef()).isCloseTo(0.9155, within(5e-5));
        assertThat(aml.hazardRatio()).isCloseTo(2.4981, within(5e-5));
        assertThat(aml.stdErr()).isCloseTo(0.5119, within(5e-5));
        assertThat(aml.lower()).isCloseTo(0.9159, within(5e-5));
        assertThat(aml.upper()).isCloseTo(6.813, within(5e-4));
    }

    @Test
    void the_likelihood_ratio_wald_and_score_tests_match_r_coxph() {
        assertThat(aml.likelihoodRatio()).isCloseTo(3.38, within(5e-3));
        assertThat(Distributions.chiSquareP(aml.likelihoodRatio(), 1)).as("LR p").isCloseTo(0.06581, within(5e-6));
        assertThat(Math.sqrt(aml.wald())).as("z").isCloseTo(1.788, within(5e-4));
        assertThat(Distributions.chiSquareP(aml.wald(), 1)).as("p of z").isCloseTo(0.0737, within(5e-5));
        assertThat(aml.wald()).isCloseTo(3.2, within(5e-2));
        assertThat(aml.wald()).as("Wald is (coef / se)²").isCloseTo(Math.pow(aml.coef() / aml.stdErr(), 2), within(1e-9));
        assertThat(aml.score()).isCloseTo(3.42, within(5e-3));
    }

    /**
     * The same fit from Efron's partial likelihood written out case by case (O(n²), no aggregation), maximised by
     * finding the root of its numerical derivative: coef, LR and information agree to many more digits than R
     * prints.
     */
    @Test
    void the_fit_agrees_with_a_case_by_case_efron_likelihood_on_aml_and_on_tied_synthetic_data() {
        assertAgreesWithBruteForce(Aml.data());
        assertAgreesWithBruteForce(LogRankTest.synthetic(new Random(11), 300, false));
    }

    @Test
    void with_one_group_only_a_group_without_events_or_a_likelihood_rising_to_infinity_there_is_no_hazard_ratio() {
        SurvivalData noEventsInPilot = SurvivalData.builder().add("control", 3, true, null)
                .add("control", 5, true, null).add("pilot", 4, false, null).add("pilot", 6, false, null).build();
        SurvivalData oneGroup = SurvivalData.builder().add("control", 3, true, null).add("control", 5, false, null)
                .build();

        SurvivalData pilotAllAfterControl = SurvivalData.builder().add("control", 1, true, null)
                .add("control", 2, true, null).add("pilot", 3, true, null).add("pilot", 4, true, null).build();

        assertThat(SurvivalAnalysis.analyse(noEventsInPilot, null).cox()).isNull();
        assertThat(SurvivalAnalysis.analyse(pilotAllAfterControl, null).cox())
                .as("every control event while both are at risk: the estimate runs off to −∞").isNull();
        assertThat(SurvivalAnalysis.analyse(oneGroup, null).cox()).isNull();
        assertThat(SurvivalAnalysis.analyse(oneGroup, null).logrank()).isNull();
    }

    private static void assertAgreesWithBruteForce(SurvivalData data) {
        CoxResult fit = SurvivalAnalysis.analyse(data, null).cox();
        double h = 1e-4;
        double beta = new BrentSolver(1e-12).solve(200,
                b -> (efronLogLikelihood(data, b + h) - efronLogLikelihood(data, b - h)) / (2 * h), -5, 5);
        double information = -(efronLogLikelihood(data, beta + h) - 2 * efronLogLikelihood(data, beta)
                + efronLogLikelihood(data, beta - h)) / (h * h);

        assertThat(fit.coef()).as("coef").isCloseTo(beta, within(1e-6));
        assertThat(fit.stdErr()).as("se").isCloseTo(1 / Math.sqrt(information), within(1e-5));
        assertThat(fit.likelihoodRatio()).as("LR")
                .isCloseTo(2 * (efronLogLikelihood(data, beta) - efronLogLikelihood(data, 0)), within(1e-8));
    }

    /** log PL(β) = Σ over event times t: Σ_{i dies at t} βx_i − Σ_{l<d} log(Σ_{at risk} e^{βx} − l/d Σ_{dies} e^{βx}). */
    private static double efronLogLikelihood(SurvivalData data, double beta) {
        double logLikelihood = 0;
        double[] time = data.timeColumn();
        boolean[] event = data.eventColumn();
        int[] x = data.groupColumn();
        for (int i = 0; i < data.size(); i++) {
            if (!event[i]) {
                continue;
            }
            boolean firstAtThisTime = true;
            for (int j = 0; j < i; j++) {
                firstAtThisTime &= !(event[j] && time[j] == time[i]);
            }
            if (!firstAtThisTime) {
                continue;
            }
            double riskSet = 0;
            double dying = 0;
            int d = 0;
            for (int j = 0; j < data.size(); j++) {
                if (time[j] >= time[i]) {
                    riskSet += Math.exp(beta * x[j]);
                }
                if (event[j] && time[j] == time[i]) {
                    dying += Math.exp(beta * x[j]);
                    logLikelihood += beta * x[j];
                    d++;
                }
            }
            for (int l = 0; l < d; l++) {
                logLikelihood -= Math.log(riskSet - (double) l / d * dying);
            }
        }
        return logLikelihood;
    }
}

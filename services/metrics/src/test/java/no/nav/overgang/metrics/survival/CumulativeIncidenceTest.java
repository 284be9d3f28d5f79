package no.nav.overgang.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Aalen–Johansen cumulative incidence of competing outcomes. */
class CumulativeIncidenceTest {

    private static final int DECISION = 1;
    private static final int DEATH = 2;
    private static final int CENSORED = 0;

    /**
     * Five cases: a decision at 1, a death at 2, censored at 3, a decision at 4, a death at 5. By hand:
     * F_decision = 1/5 after 1, + (3/5)(1/2) = 1/2 after 4; F_death = (4/5)(1/4) = 1/5 after 2, + (3/10)(1/1) = 1/2
     * after 5. One minus Kaplan–Meier for decisions alone (deaths censored) would claim 3/5 after 4.
     */
    @Test
    void competing_outcomes_share_the_probability_that_one_minus_kaplan_meier_would_overstate() {
        CumulativeIncidence.Estimate estimate = CumulativeIncidence.estimate(new double[]{1, 2, 3, 4, 5},
                new int[]{DECISION, DEATH, CENSORED, DECISION, DEATH}, 2);

        assertThat(estimate.times()).containsExactly(1, 2, 3, 4, 5);
        assertThat(estimate.atRisk()).containsExactly(5, 4, 3, 2, 1);
        assertThat(estimate.incidence()[DECISION - 1]).containsExactly(new double[]{0.2, 0.2, 0.2, 0.5, 0.5}, within(1e-12));
        assertThat(estimate.incidence()[DEATH - 1]).containsExactly(new double[]{0, 0.2, 0.2, 0.2, 0.5}, within(1e-12));
        assertThat(estimate.survival()).containsExactly(new double[]{0.8, 0.6, 0.6, 0.3, 0}, within(1e-12));
    }

    @Test
    void the_incidences_and_the_probability_of_no_outcome_add_up_to_one_at_every_time() {
        CumulativeIncidence.Estimate estimate = CumulativeIncidence.estimate(
                new double[]{3, 3, 5, 7, 7, 7, 9, 12, 12, 15}, new int[]{1, 2, 0, 1, 1, 2, 0, 2, 1, 0}, 2);

        for (int k = 0; k < estimate.times().length; k++) {
            assertThat(estimate.incidence()[0][k] + estimate.incidence()[1][k] + estimate.survival()[k])
                    .as("sum at time %s", estimate.times()[k]).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void with_a_single_outcome_the_cumulative_incidence_is_one_minus_kaplan_meier() {
        double[] time = new double[Aml.MAINTAINED_TIME.length];
        System.arraycopy(Aml.MAINTAINED_TIME, 0, time, 0, time.length);

        CumulativeIncidence.Estimate estimate = CumulativeIncidence.estimate(time, Aml.MAINTAINED_STATUS, 1);
        GroupSurvival km = SurvivalAnalysis.analyse(Aml.data(), null).groups().getFirst();

        for (int k = 0; k < estimate.times().length; k++) {
            assertThat(estimate.incidence()[0][k]).as("at %s", estimate.times()[k])
                    .isCloseTo(1 - km.curve().get(k).survival(), within(1e-12));
        }
    }
}

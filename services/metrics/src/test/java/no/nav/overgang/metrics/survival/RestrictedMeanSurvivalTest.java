package no.nav.overgang.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Restricted mean time up to τ.
 * Reference: R survival, {@code summary(survfit(Surv(time, status) ~ x, data = aml))$table}, whose restricted mean
 * has the common upper limit 161 (the largest time): *rmean 52.6454545454545 and 22.7083333333333, *se(rmean)
 * 19.8286027955626 and 4.18094198103315 for Maintained and Nonmaintained, as recorded in JASP's survival module
 * tests ({@code tests/testthat/test-library-Leukemia.R}, jasp-stats/jaspSurvival); R prints them as 52.6 (19.83)
 * and 22.7 (4.18). SAS {@code PROC LIFETEST ... rmst(tau=161)} gives the same 52.64545 and 19.8286 for Maintained.
 * survRM2's {@code rmst1} uses the same variance formula.
 */
class RestrictedMeanSurvivalTest {

    private final SurvivalReport aml = SurvivalAnalysis.analyse(Aml.data(), null);

    @Test
    void the_restricted_means_up_to_161_weeks_match_r_survfit() {
        RmstResult.GroupRmst maintained = RestrictedMeanSurvival.of(aml.groups().get(0), 161);
        RmstResult.GroupRmst nonmaintained = RestrictedMeanSurvival.of(aml.groups().get(1), 161);

        assertThat(maintained.rmst()).isCloseTo(52.6454545454545, within(1e-10));
        assertThat(maintained.stdErr()).isCloseTo(19.8286027955626, within(1e-10));
        assertThat(nonmaintained.rmst()).isCloseTo(22.7083333333333, within(1e-10));
        assertThat(nonmaintained.stdErr()).isCloseTo(4.18094198103315, within(1e-10));
    }

    /** The area under the Maintained step function up to 30 weeks, summed by hand from its exact steps. */
    @Test
    void the_restricted_mean_is_the_area_under_the_curve_to_tau() {
        double s9 = 10.0 / 11;
        double s13 = s9 * 9 / 10;
        double s18 = s13 * 7 / 8;
        double s23 = s18 * 6 / 7;
        double area = 9 * 1 + (13 - 9) * s9 + (18 - 13) * s13 + (23 - 18) * s18 + (30 - 23) * s23;
        // variance: Σ over event times ≤ 30 of (area from t to 30)² d / (n (n − d))
        double a23 = (30 - 23) * s23;
        double a18 = a23 + (23 - 18) * s18;
        double a13 = a18 + (18 - 13) * s13;
        double a9 = a13 + (13 - 9) * s9;
        double variance = a9 * a9 / (11 * 10) + a13 * a13 / (10 * 9) + a18 * a18 / (8 * 7) + a23 * a23 / (7 * 6);

        RmstResult.GroupRmst maintained = RestrictedMeanSurvival.of(aml.groups().get(0), 30);

        assertThat(maintained.rmst()).isCloseTo(area, within(1e-12));
        assertThat(maintained.stdErr()).isCloseTo(Math.sqrt(variance), within(1e-12));
    }

    @Test
    void the_difference_is_the_second_group_minus_the_first_with_independent_variances() {
        RmstResult rmst = SurvivalAnalysis.analyse(Aml.data(), 40.0).rmst();
        List<RmstResult.GroupRmst> groups = rmst.groups();

        assertThat(groups).extracting(RmstResult.GroupRmst::group).containsExactly("Maintained", "Nonmaintained");
        assertThat(rmst.difference()).isCloseTo(groups.get(1).rmst() - groups.get(0).rmst(), within(1e-12));
        assertThat(rmst.differenceStdErr()).isCloseTo(
                Math.sqrt(Math.pow(groups.get(0).stdErr(), 2) + Math.pow(groups.get(1).stdErr(), 2)), within(1e-12));
        assertThat(rmst.differenceUpper() - rmst.difference()).isCloseTo(1.959964 * rmst.differenceStdErr(),
                within(1e-5));
        assertThat(rmst.difference() - rmst.differenceLower()).isCloseTo(1.959964 * rmst.differenceStdErr(),
                within(1e-5));
    }

    @Test
    void tau_beyond_the_follow_up_of_a_group_is_refused() {
        assertThatThrownBy(() -> SurvivalAnalysis.analyse(Aml.data(), 46.0))
                .isInstanceOf(InvalidSurvivalInputException.class)
                .hasMessageContaining("at most 45");
        assertThatThrownBy(() -> SurvivalAnalysis.analyse(Aml.data(), 0.0))
                .isInstanceOf(InvalidSurvivalInputException.class);
    }
}

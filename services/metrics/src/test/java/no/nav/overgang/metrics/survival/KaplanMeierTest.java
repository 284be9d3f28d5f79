package no.nav.overgang.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Kaplan–Meier curves, Greenwood standard errors, log intervals and medians of the {@code aml} data against R.
 * Reference: the output R's survival package (T. Therneau) prints for
 * {@code summary(survfit(Surv(time, status) ~ x, data = aml))} and {@code print(survfit(...))}, with R's defaults
 * (Greenwood variance, {@code conf.type = "log"}). Columns: time, n.risk, n.event, survival, std.err (of the
 * survival), lower 95% CI, upper 95% CI; survival is given as its exact fraction where R prints three digits.
 */
class KaplanMeierTest {

    private static final double[][] MAINTAINED = {
            {9, 11, 1, 10.0 / 11, 0.0867, 0.7541, 1.000},
            {13, 10, 1, 9.0 / 11, 0.1163, 0.6192, 1.000},
            {18, 8, 1, 9.0 / 11 * 7 / 8, 0.1397, 0.4884, 1.000},
            {23, 7, 1, 9.0 / 11 * 7 / 8 * 6 / 7, 0.1526, 0.3769, 0.999},
            {31, 5, 1, 9.0 / 11 * 6 / 8 * 4 / 5, 0.1642, 0.2549, 0.946},
            {34, 4, 1, 9.0 / 11 * 6 / 8 * 3 / 5, 0.1627, 0.1549, 0.875},
            {48, 2, 1, 9.0 / 11 * 6 / 8 * 3 / 5 / 2, 0.1535, 0.0359, 0.944},
    };
    private static final double[][] NONMAINTAINED = {
            {5, 12, 2, 0.8333, 0.1076, 0.6470, 1.000},
            {8, 10, 2, 0.6667, 0.1361, 0.4468, 0.995},
            {12, 8, 1, 0.5833, 0.1423, 0.3616, 0.941},
            {23, 6, 1, 0.4861, 0.1481, 0.2675, 0.883},
            {27, 5, 1, 0.3889, 0.1470, 0.1854, 0.816},
            {30, 4, 1, 0.2917, 0.1387, 0.1148, 0.741},
            {33, 3, 1, 0.1944, 0.1219, 0.0569, 0.664},
            {43, 2, 1, 0.0972, 0.0919, 0.0153, 0.620},
    };

    private final SurvivalReport aml = SurvivalAnalysis.analyse(Aml.data(), null);

    @Test
    void the_maintained_groups_curve_matches_r_survfit_at_every_event_time() {
        assertCurve(aml.groups().get(0), MAINTAINED);
    }

    @Test
    void the_nonmaintained_groups_curve_matches_r_survfit_at_every_event_time() {
        assertCurve(aml.groups().get(1), NONMAINTAINED);
    }

    @Test
    void where_the_curve_reaches_zero_the_standard_error_and_interval_are_undefined_as_in_r() {
        CurvePoint last = aml.groups().get(1).curve().getLast();

        assertThat(last.time()).isEqualTo(45);
        assertThat(last.survival()).isZero();
        assertThat(last.stdErr()).as("std.err NaN in R").isNull();
        assertThat(last.lower()).as("lower NA in R").isNull();
        assertThat(last.upper()).as("upper NA in R").isNull();
    }

    @Test
    void censored_times_are_on_the_curve_with_no_events_and_the_estimate_unchanged() {
        List<CurvePoint> curve = aml.groups().get(0).curve();
        CurvePoint censoredAt28 = curve.stream().filter(p -> p.time() == 28).findFirst().orElseThrow();
        CurvePoint eventAt23 = curve.stream().filter(p -> p.time() == 23).findFirst().orElseThrow();

        assertThat(censoredAt28.events()).isZero();
        assertThat(censoredAt28.atRisk()).isEqualTo(6);
        assertThat(censoredAt28.survival()).isEqualTo(eventAt23.survival());
        assertThat(curve).extracting(CurvePoint::time)
                .containsExactly(9.0, 13.0, 18.0, 23.0, 28.0, 31.0, 34.0, 45.0, 48.0, 161.0);
    }

    /** R: {@code print(survfit(Surv(time, status) ~ x, aml))}: n, events, median, 0.95LCL, 0.95UCL. */
    @Test
    void group_sizes_events_and_medians_with_their_intervals_match_r() {
        GroupSurvival maintained = aml.groups().get(0);
        GroupSurvival nonmaintained = aml.groups().get(1);

        assertThat(maintained.group()).isEqualTo("Maintained");
        assertThat(List.of(maintained.n(), maintained.events())).containsExactly(11, 7);
        assertThat(maintained.median()).isEqualTo(31.0);
        assertThat(maintained.medianLower()).isEqualTo(18.0);
        assertThat(maintained.medianUpper()).as("upper limit not reached (NA in R)").isNull();

        assertThat(nonmaintained.group()).isEqualTo("Nonmaintained");
        assertThat(List.of(nonmaintained.n(), nonmaintained.events())).containsExactly(12, 11);
        assertThat(nonmaintained.median()).isEqualTo(23.0);
        assertThat(nonmaintained.medianLower()).isEqualTo(8.0);
        assertThat(nonmaintained.medianUpper()).isNull();
    }

    /**
     * Four cases clarified at 1, 2, 3 and 4: the curve is exactly one half between 2 and 3, and R's rule takes the
     * midpoint, 2.5 ({@code survfit(Surv(1:4, rep(1, 4)) ~ 1)} prints median 2.5).
     */
    @Test
    void a_curve_exactly_at_one_half_over_an_interval_has_the_midpoint_as_median() {
        SurvivalData data = SurvivalData.builder().add("pilot", 1, true, null).add("pilot", 2, true, null)
                .add("pilot", 3, true, null).add("pilot", 4, true, null).build();

        assertThat(SurvivalAnalysis.analyse(data, null).groups().getFirst().median()).isEqualTo(2.5);
    }

    @Test
    void a_group_where_fewer_than_half_are_clarified_has_no_median() {
        SurvivalData data = SurvivalData.builder().add("control", 10, true, null).add("control", 20, false, null)
                .add("control", 30, false, null).build();

        GroupSurvival control = SurvivalAnalysis.analyse(data, null).groups().getFirst();

        assertThat(control.median()).isNull();
        assertThat(control.medianUpper()).isNull();
        assertThat(control.medianLower()).as("the lower confidence limit falls below one half at 10").isEqualTo(10.0);
    }

    private static void assertCurve(GroupSurvival group, double[][] expected) {
        List<CurvePoint> events = group.curve().stream().filter(p -> p.events() > 0 && p.survival() > 0).toList();
        assertThat(events).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            double[] row = expected[i];
            CurvePoint point = events.get(i);
            String at = group.group() + " at time " + row[0];
            assertThat(point.time()).as(at).isEqualTo(row[0]);
            assertThat(point.atRisk()).as("n.risk " + at).isEqualTo((int) row[1]);
            assertThat(point.events()).as("n.event " + at).isEqualTo((int) row[2]);
            assertThat(point.survival()).as("survival " + at).isCloseTo(row[3], within(5e-5));
            assertThat(point.stdErr()).as("std.err " + at).isCloseTo(row[4], within(5e-5));
            assertThat(point.lower()).as("lower 95%% CI " + at).isCloseTo(row[5], within(5e-5));
            assertThat(point.upper()).as("upper 95%% CI " + at).isCloseTo(row[6], within(5e-4));
        }
    }
}

package no.nav.overgang.coordinator.randomisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.Cases;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.SourceSystem;

class BalanceReportTest {

    private static final RandomisationProperties THREE_EQUAL_ARMS = new RandomisationProperties(List.of(
            new Arm("control", false, null, 1), new Arm("pilot-office", true, MeasuresAuthority.NAV_OFFICE, 1),
            new Arm("pilot-unit", true, MeasuresAuthority.BENEFITS_UNIT, 1)), "permuted-blocks",
            "test-salt-not-for-production");

    @Test
    void a_stratum_with_equal_arms_fits_the_ratio_perfectly() {
        var report = BalanceReport.of(THREE_EQUAL_ARMS, cases(SourceSystem.SYKEPENGER, 10, 10, 10));

        assertThat(report.strata()).singleElement().satisfies(stratum -> {
            assertThat(stratum.stratum()).isEqualTo("SYKEPENGER|0315");
            assertThat(stratum.perArm()).containsEntry("control", 10L).containsEntry("pilot-office", 10L)
                    .containsEntry("pilot-unit", 10L);
            assertThat(stratum.test().chiSquare()).isZero();
            assertThat(stratum.test().pValue()).isCloseTo(1.0, within(1e-9));
        });
    }

    @Test
    void a_lopsided_stratum_gets_a_small_p_value() {
        var report = BalanceReport.of(THREE_EQUAL_ARMS, cases(SourceSystem.SYKEPENGER, 30, 5, 5));

        // expected 13.33 each: chi-square = (16.67² + 8.33² + 8.33²) / 13.33 = 31.25 on 2 degrees of freedom
        assertThat(report.strata().getFirst().test().chiSquare()).isCloseTo(31.25, within(1e-9));
        assertThat(report.strata().getFirst().test().pValue()).isLessThan(0.001);
    }

    @Test
    void a_stratum_with_too_few_cases_is_counted_but_not_tested() {
        var report = BalanceReport.of(THREE_EQUAL_ARMS, cases(SourceSystem.AAP, 3, 2, 1));

        assertThat(report.strata().getFirst().total()).isEqualTo(6);
        assertThat(report.strata().getFirst().test()).isNull();
    }

    @Test
    void arm_and_stratum_are_tested_for_independence_across_the_cohort() {
        List<PilotCase> cohort = new ArrayList<>(cases(SourceSystem.SYKEPENGER, 10, 10, 10));
        cohort.addAll(cases(SourceSystem.AAP, 10, 10, 10));

        var report = BalanceReport.of(THREE_EQUAL_ARMS, cohort);

        assertThat(report.overall().degreesOfFreedom()).isEqualTo(2);
        assertThat(report.overall().pValue()).isCloseTo(1.0, within(1e-9));
    }

    private static List<PilotCase> cases(SourceSystem source, int control, int office, int unit) {
        List<PilotCase> cases = new ArrayList<>();
        for (int i = 0; i < control; i++) {
            cases.add(Cases.entered("control", false, CaseState.ENTERED, source));
        }
        for (int i = 0; i < office; i++) {
            cases.add(Cases.entered("pilot-office", true, CaseState.CONFERENCE_REQUESTED, source));
        }
        for (int i = 0; i < unit; i++) {
            cases.add(Cases.entered("pilot-unit", true, CaseState.CONFERENCE_REQUESTED, source));
        }
        return cases;
    }
}

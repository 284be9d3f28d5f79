package no.nav.overgang.metrics.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What an analysis on a given date sees of a case: it must not see the future. */
class AnalysisCaseTest {

    private static final LocalDate ENTERED_2_MARCH = LocalDate.of(2026, 3, 2);
    private static final LocalDate CLARIFIED_1_JUNE = LocalDate.of(2026, 6, 1);

    private final AnalysisCase clarified = new AnalysisCase("k1", "pilot-office", true, "SYKEPENGER", "0315",
            "SYKEPENGER|0315", ENTERED_2_MARCH, CLARIFIED_1_JUNE, EndType.CLARIFIED, "DISABILITY_GRANTED",
            "FROM_50_TO_59");

    @Test
    void after_the_clarification_the_case_counts_as_clarified_after_the_days_from_entry() {
        var seen = clarified.asOf(LocalDate.of(2026, 12, 31)).orElseThrow();

        assertThat(seen.days()).as("2 March to 1 June").isEqualTo(91);
        assertThat(seen.clarified()).isTrue();
        assertThat(seen.detail()).isEqualTo("DISABILITY_GRANTED");
    }

    @Test
    void before_the_clarification_the_case_is_censored_at_the_analysis_date() {
        var seen = clarified.asOf(LocalDate.of(2026, 4, 1)).orElseThrow();

        assertThat(seen.days()).isEqualTo(30);
        assertThat(seen.end()).isEqualTo(EndType.CENSORED);
        assertThat(seen.detail()).isEqualTo("OPEN_AT_ANALYSIS_DATE");
    }

    @Test
    void on_the_day_of_the_clarification_it_counts() {
        assertThat(clarified.asOf(CLARIFIED_1_JUNE).orElseThrow().clarified()).isTrue();
    }

    @Test
    void a_case_that_entered_after_the_analysis_date_or_whose_entry_or_arm_is_not_seen_yet_is_left_out() {
        assertThat(clarified.asOf(ENTERED_2_MARCH.minusDays(1))).isEmpty();
        assertThat(new AnalysisCase("k2", "control", null, "AAP", "0315", "AAP|0315", ENTERED_2_MARCH, null, null,
                null, null).asOf(CLARIFIED_1_JUNE)).as("arm assignment not seen").isEmpty();
        assertThat(new AnalysisCase("k3", "control", false, null, null, null, ENTERED_2_MARCH, CLARIFIED_1_JUNE,
                EndType.CLARIFIED, "RETURNED_TO_WORK", null).asOf(CLARIFIED_1_JUNE)).as("entry not seen").isEmpty();
    }
}

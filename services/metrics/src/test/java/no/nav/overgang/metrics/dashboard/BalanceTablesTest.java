package no.nav.overgang.metrics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.nav.overgang.metrics.dashboard.DashboardView.BalanceRow;
import no.nav.overgang.metrics.dashboard.DashboardView.BalanceTable;

/** The balance table: counts per arm and stratum, the chi-square test, and the small-cell rule. */
class BalanceTablesTest {

    private static final LocalDate INDEX = LocalDate.of(2026, 1, 5);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final DashboardAnalysis ANALYSIS = new DashboardAnalysis(new SmallCells(5, 20),
            new DashboardProperties(20, 365, 90, 8, Duration.ofSeconds(1)));

    /**
     * R's own example in {@code ?chisq.test} (Agresti 2007, p. 39: party identification by gender):
     * {@code chisq.test(rbind(c(762, 327, 468), c(484, 239, 477)))} gives X-squared = 30.07, df = 2,
     * p-value = 2.954e-07. With 2 degrees of freedom p = exp(−X²/2) exactly, which pins the p-value to 10⁻¹⁵.
     */
    @Test
    void the_test_of_independence_matches_r_chisq_test() {
        AnalysisSnapshot.Builder b = new AnalysisSnapshot.Builder();
        add(b, "control", false, "DEMOCRAT", "0315", null, 762);
        add(b, "control", false, "INDEPENDENT", "0315", null, 327);
        add(b, "control", false, "REPUBLICAN", "0315", null, 468);
        add(b, "pilot-office", true, "DEMOCRAT", "0315", null, 484);
        add(b, "pilot-office", true, "INDEPENDENT", "0315", null, 239);
        add(b, "pilot-office", true, "REPUBLICAN", "0315", null, 477);

        var balance = ANALYSIS.build(b.build(1, Instant.EPOCH), filter(null)).balance();

        BalanceTable bySource = table(balance, "source_benefit");
        assertThat(bySource.test().computed()).isTrue();
        assertThat(bySource.test().df()).isEqualTo(2);
        assertThat(bySource.test().chiSquare()).isCloseTo(pearson(new long[][] {{762, 327, 468}, {484, 239, 477}}),
                within(1e-9)).isCloseTo(30.07, within(0.005));
        assertThat(bySource.test().p()).isCloseTo(Math.exp(-bySource.test().chiSquare() / 2), within(1e-15))
                .isCloseTo(2.954e-7, within(0.0005e-7));
        assertThat(bySource.test().text()).isEqualTo("kji-kvadrat 30,07 med 2 frihetsgrader, p-verdi < 0,001");
        assertThat(balance.arms()).containsExactly("control", "pilot-office");
        assertThat(balance.armTotals()).containsExactly("1557", "1200");
        assertThat(row(bySource, "DEMOCRAT").cells()).containsExactly("762 (48,9 %)", "484 (40,3 %)");
        assertThat(row(bySource, "DEMOCRAT").total()).isEqualTo("1246");
        BalanceTable byAge = table(balance, "age_band");
        assertThat(byAge.rows()).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo("ukjent"));
        assertThat(byAge.test().computed()).as("one stratum only").isFalse();
        assertThat(byAge.test().note()).contains("bare én");
    }

    @Test
    void a_cell_of_fewer_than_five_is_hidden_and_then_no_test_is_computed() {
        AnalysisSnapshot.Builder b = new AnalysisSnapshot.Builder();
        add(b, "control", false, "SYKEPENGER", "0315", "FROM_40_TO_49", 30);
        add(b, "control", false, "AAP", "0315", "FROM_50_TO_59", 25);
        add(b, "pilot-office", true, "SYKEPENGER", "1201", "FROM_40_TO_49", 28);
        add(b, "pilot-office", true, "AAP", "1201", "FROM_50_TO_59", 3);
        add(b, "pilot-unit", true, "SYKEPENGER", "0315", "FROM_60", 6);
        add(b, "pilot-unit", true, "AAP", "0315", null, 20);

        var balance = ANALYSIS.build(b.build(1, Instant.EPOCH), filter(null)).balance();

        BalanceTable bySource = table(balance, "source_benefit");
        assertThat(balance.arms()).containsExactly("control", "pilot-office", "pilot-unit");
        // 3 = 48 − 25 − 20 = 31 − 28: the 20 and the 28 would give it away, and then the 6 the 20 (26 − 20)
        assertThat(row(bySource, "AAP").counts()).containsExactly("25", "<5", ":");
        assertThat(row(bySource, "AAP").cells()).containsExactly("25 (45,5 %)", "<5", ":");
        assertThat(row(bySource, "SYKEPENGER").counts()).containsExactly("30", ":", ":");
        assertThat(row(bySource, "AAP").total()).as("totals stay").isEqualTo("48");
        assertThat(balance.armTotals()).containsExactly("55", "31", "26");
        assertThat(bySource.test().computed()).isFalse();
        assertThat(bySource.test().chiSquare()).isNull();
        assertThat(bySource.test().note()).contains("færre enn 5").contains("avsløre");

        BalanceTable byGroup = table(balance, "office_group");
        assertThat(row(byGroup, "12").label()).isEqualTo("12xx");
        assertThat(row(byGroup, "12").counts()).containsExactly("0", "31", "0");
        assertThat(byGroup.test().computed()).as("no cell from 1 to 4").isTrue();

        BalanceTable byAge = table(balance, "age_band");
        assertThat(byAge.rows()).extracting(BalanceRow::label)
                .containsExactly("40–49", "50–59", "60 og over", "ukjent");
        assertThat(row(byAge, "FROM_50_TO_59").counts()).containsExactly(":", "<5", "0");
        assertThat(row(byAge, "FROM_40_TO_49").counts()).containsExactly(":", ":", "0");
        assertThat(row(byAge, "FROM_60").counts()).as("nothing to protect").containsExactly("0", "0", "6");
        assertThat(byAge.test().computed()).isFalse();

        String csv = DashboardCsv.write(ANALYSIS.build(b.build(1, Instant.EPOCH), filter(null)));
        assertThat(csv).contains("balance,source_benefit,pilot-office,AAP,<5,,,,")
                .contains("balance,source_benefit,pilot-unit,AAP,:,,,,")
                .contains("balance_not_computed,source_benefit,")
                .contains("balance,office_group,pilot-office,12,31,,,,")
                .contains("balance_chi_square,office_group,,2,,,")
                .contains("balance_p,office_group,");
    }

    @Test
    void the_age_band_filter_narrows_every_table_to_the_band() {
        AnalysisSnapshot.Builder b = new AnalysisSnapshot.Builder();
        add(b, "control", false, "SYKEPENGER", "0315", "FROM_40_TO_49", 30);
        add(b, "control", false, "AAP", "0315", "FROM_50_TO_59", 25);
        add(b, "pilot-office", true, "SYKEPENGER", "0315", "FROM_40_TO_49", 28);
        add(b, "pilot-office", true, "AAP", "0315", null, 22);
        AnalysisSnapshot snapshot = b.build(1, Instant.EPOCH);

        var fortyToFortyNine = ANALYSIS.build(snapshot, filter("FROM_40_TO_49"));
        var unknown = ANALYSIS.build(snapshot, filter(AgeBands.UNKNOWN));

        assertThat(fortyToFortyNine.balance().armTotals()).containsExactly("30", "28");
        assertThat(row(table(fortyToFortyNine.balance(), "source_benefit"), "SYKEPENGER").counts())
                .containsExactly("30", "28");
        assertThat(unknown.balance().armTotals()).containsExactly("0", "22");
        assertThat(fortyToFortyNine.options().ageBandLabels())
                .containsExactly("under 30", "30–39", "40–49", "50–59", "60 og over", "ukjent");
    }

    /** Pearson's X², summed by hand from the definition. */
    private static double pearson(long[][] observed) {
        double[] rows = new double[observed.length];
        double[] columns = new double[observed[0].length];
        double total = 0;
        for (int i = 0; i < observed.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                rows[i] += observed[i][j];
                columns[j] += observed[i][j];
                total += observed[i][j];
            }
        }
        double x2 = 0;
        for (int i = 0; i < observed.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                double expected = rows[i] * columns[j] / total;
                x2 += (observed[i][j] - expected) * (observed[i][j] - expected) / expected;
            }
        }
        return x2;
    }

    private static void add(AnalysisSnapshot.Builder b, String arm, boolean pilot, String source, String office,
                            String band, int n) {
        for (int i = 0; i < n; i++) {
            b.add(arm, pilot, source, office, band, INDEX, null, null);
        }
    }

    private static DashboardFilter filter(String ageBand) {
        return new DashboardFilter(AS_OF, null, null, null, 365, ageBand);
    }

    private static BalanceTable table(DashboardView.Balance balance, String variable) {
        return balance.tables().stream().filter(t -> t.variable().equals(variable)).findFirst().orElseThrow();
    }

    private static BalanceRow row(BalanceTable table, String key) {
        return table.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }
}

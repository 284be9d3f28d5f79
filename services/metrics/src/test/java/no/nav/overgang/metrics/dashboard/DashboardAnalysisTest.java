package no.nav.overgang.metrics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import no.nav.overgang.metrics.dashboard.DashboardView.Comparison;
import no.nav.overgang.metrics.survival.CurvePoint;
import no.nav.overgang.metrics.survival.SurvivalAnalysis;
import no.nav.overgang.metrics.survival.SurvivalData;
import no.nav.overgang.metrics.survival.SurvivalReport;

/** The dashboard's numbers on a snapshot built in the test: the same as the API's, and small cells hidden. */
class DashboardAnalysisTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final DashboardProperties PROPERTIES =
            new DashboardProperties(20, 365, 90, 8, Duration.ofSeconds(1));
    private final DashboardAnalysis analysis = new DashboardAnalysis(new SmallCells(5, 20), PROPERTIES);

    @Test
    void the_pooled_comparison_has_the_numbers_of_the_row_by_row_analysis_of_the_same_cases() {
        Generated generated = generate(600, 1);

        DashboardView view = analysis.build(generated.snapshot(), filter(null, null, null));

        Comparison pooled = view.comparisons().getFirst();
        SurvivalReport expected = SurvivalAnalysis.analyse(generated.rows(), (double) pooled.tauDays());
        assertThat(pooled.shown()).isTrue();
        assertThat(pooled.report().cox().hazardRatio()).isCloseTo(expected.cox().hazardRatio(), within(1e-12));
        assertThat(pooled.report().logrank().chiSquare()).isCloseTo(expected.logrank().chiSquare(), within(1e-12));
        assertThat(pooled.report().stratifiedLogrank().chiSquare())
                .isCloseTo(expected.stratifiedLogrank().chiSquare(), within(1e-12));
        assertThat(pooled.report().groups().get(1).median()).isEqualTo(expected.groups().get(1).median());
        assertThat(pooled.report().rmst().difference()).isCloseTo(expected.rmst().difference(), within(1e-9));
        assertThat(view.comparisons()).extracting(Comparison::title)
                .containsExactly("Alle pilotvarianter", "Variant pilot-office", "Variant pilot-unit");
    }

    @Test
    void curves_stop_where_fewer_than_five_are_at_risk_and_small_counts_show_as_less_than_five() {
        DashboardView view = analysis.build(generate(600, 2).snapshot(), filter(null, null, null));

        Comparison pooled = view.comparisons().getFirst();
        for (int g = 0; g < 2; g++) {
            List<CurvePoint> shown = pooled.curves().get(g);
            List<CurvePoint> full = pooled.report().groups().get(g).curve();
            assertThat(shown).isNotEmpty().allSatisfy(p -> assertThat(p.atRisk()).isGreaterThanOrEqualTo(5));
            assertThat(shown.size()).as("the tail is cut").isLessThan(full.size());
            assertThat(full.get(shown.size()).atRisk()).isLessThan(5);
        }
        assertThat(pooled.atRisk()).flatExtracting(DashboardView.AtRiskRow::counts)
                .allSatisfy(count -> assertThat(count).matches("0|<5|[5-9]|[1-9][0-9]+"));
        String csv = DashboardCsv.write(view);
        assertThat(csv.lines().filter(line -> line.startsWith("km,")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.split(",")[4]).doesNotContain("<").satisfies(
                        atRisk -> assertThat(Integer.parseInt(atRisk)).isGreaterThanOrEqualTo(5)));
        assertThat(csv).contains(",<5,");
    }

    @Test
    void a_comparison_with_fewer_than_twenty_cases_in_a_group_shows_no_estimate_on_the_page_or_in_the_export() {
        DashboardView view = analysis.build(generate(60, 3).snapshot(), filter(null, "AAP", null));

        assertThat(view.comparisons()).allSatisfy(c -> {
            assertThat(c.shown()).isFalse();
            assertThat(c.notShownReason()).contains("minst 20 saker");
            assertThat(c.report()).isNull();
        });
        assertThat(view.incidence().shown()).isFalse();
        assertThat(DashboardCsv.write(view)).doesNotContain("km,").doesNotContain("hazard_ratio")
                .contains("not_shown,sammenligning-alle");
    }

    @Test
    void as_of_an_earlier_date_later_entries_are_left_out_and_later_ends_are_still_open() {
        Generated generated = generate(600, 4);
        LocalDate earlier = START.plusDays(200);

        DashboardView view = analysis.build(generated.snapshot(), filter(earlier, null, null));

        Comparison pooled = view.comparisons().getFirst();
        assertThat(pooled.report().groups().get(0).n() + pooled.report().groups().get(1).n())
                .isEqualTo(generated.enteredBy(earlier));
        assertThat(pooled.report().groups()).allSatisfy(g -> assertThat(g.curve().getLast().time())
                .isLessThanOrEqualTo(ChronoUnit.DAYS.between(START, earlier)));
    }

    @Test
    void the_cumulative_incidences_and_the_share_still_open_add_up_to_one() {
        DashboardView view = analysis.build(generate(600, 5).snapshot(), filter(null, null, "pilot-office"));

        assertThat(view.comparisons()).singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("Variant pilot-office"));
        assertThat(view.incidence().shown()).isTrue();
        assertThat(view.incidence().curves()).hasSize(2 * Outcome.values().length);
        assertThat(view.incidence().rows()).extracting(DashboardView.IncidenceRow::outcome)
                .contains("Vedtak om uføretrygd", "Død eller nådd pensjonsalder");
        var control = view.incidence().curves().stream().filter(c -> c.group().equals("Kontroll")).toList();
        int last = control.getFirst().time().length - 1;
        double total = control.stream().mapToDouble(c -> c.incidence()[last]).sum();
        assertThat(total).isBetween(0.0, 1.0);
    }

    private static DashboardFilter filter(LocalDate asOf, String source, String variant) {
        return new DashboardFilter(asOf == null ? AS_OF : asOf, source, null, variant, 365);
    }

    record Generated(AnalysisSnapshot snapshot, SurvivalData rows, List<LocalDate> indexDates) {

        long enteredBy(LocalDate date) {
            return indexDates.stream().filter(d -> !d.isAfter(date)).count();
        }
    }

    /**
     * Cases over 18 months: half control, a quarter in each pilot variant (faster), sickness benefit or AAP; most
     * clarified, some died, some moved away, the rest still open on the analysis date.
     */
    static Generated generate(int n, long seed) {
        Random random = new Random(seed);
        AnalysisSnapshot.Builder snapshot = new AnalysisSnapshot.Builder();
        int[] group = new int[n];
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        int[] stratum = new int[n];
        List<LocalDate> indexDates = new ArrayList<>();
        String[] arms = {"control", "control", "pilot-office", "pilot-unit"};
        for (int i = 0; i < n; i++) {
            String arm = arms[random.nextInt(4)];
            boolean pilot = !arm.equals("control");
            boolean sickness = random.nextBoolean();
            LocalDate index = START.plusDays(random.nextInt(360));
            long days = 1 + (long) (-Math.log(random.nextDouble()) * (pilot ? 150 : 200));
            LocalDate end = index.plusDays(days);
            double kind = random.nextDouble();
            Outcome outcome = kind < 0.05 ? Outcome.DIED_OR_RETIRED : kind < 0.15 ? null
                    : Outcome.values()[random.nextInt(3)];
            boolean ended = !end.isAfter(AS_OF);
            snapshot.add(arm, pilot, sickness ? "SYKEPENGER" : "AAP", "1103", index, ended ? end : null, outcome);
            indexDates.add(index);
            group[i] = pilot ? 1 : 0;
            time[i] = ChronoUnit.DAYS.between(index, ended ? end : AS_OF);
            event[i] = ended && outcome != null && outcome.clarified();
            stratum[i] = sickness ? 0 : 1;
        }
        // control first, as the dashboard compares
        SurvivalData rows = SurvivalData.of(List.of("Kontroll", "Pilot (alle)"), group, time, event,
                List.of("SYKEPENGER", "AAP"), stratum);
        return new Generated(snapshot.build(1, Instant.EPOCH), rows, indexDates);
    }
}

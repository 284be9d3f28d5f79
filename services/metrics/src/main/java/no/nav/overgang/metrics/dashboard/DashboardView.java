package no.nav.overgang.metrics.dashboard;

import java.time.Instant;
import java.util.List;

import no.nav.overgang.metrics.survival.CurvePoint;
import no.nav.overgang.metrics.survival.SurvivalReport;

/**
 * One computed dashboard: everything the page and the CSV export show for one analysis date, filter combination
 * and version of the dataset, small cells already suppressed. Immutable, so it can be cached and shared.
 */
public record DashboardView(DashboardFilter filter, Options options, long dataVersion, Instant dataLoadedAt,
                            int smallestShownCell, int minimumCasesPerGroup, Distribution distribution,
                            List<Comparison> comparisons, Incidence incidence, Balance balance) {

    /**
     * The choices the filters offer, from the data: pilot arms (variants), source benefits, office groups; and the
     * age bands (keys, with their labels in {@code ageBandLabels}).
     */
    public record Options(List<String> variants, List<String> sourceBenefits, List<String> officeGroups,
                          List<String> ageBands, List<String> ageBandLabels) {
    }

    /**
     * The balance table: cases per arm within each stratum variable (source benefit, office group, age band), with a
     * chi-square test of independence of arm and stratum per variable.
     *
     * @param arms      the columns, control arm(s) first
     * @param armKinds  "kontroll" or "pilot" per arm
     * @param armTotals the arms' cases (suppressed)
     */
    public record Balance(List<String> arms, List<String> armKinds, List<String> armTotals,
                          List<BalanceTable> tables) {
    }

    /** @param variable the CSV's name of the stratum variable: source_benefit, office_group or age_band */
    public record BalanceTable(String id, String title, String variable, List<BalanceRow> rows, BalanceTest test) {
    }

    /**
     * One stratum: per arm the count as shown ("12", "&lt;5", "0") and the count with its share of the arm's cases
     * ("12 (34,3 %)"; a suppressed count has no share).
     */
    public record BalanceRow(String key, String label, List<String> counts, List<String> cells, String total) {
    }

    /**
     * The chi-square test of independence of arm and stratum; when {@code computed} is false, {@code chiSquare},
     * {@code df} and {@code p} are null and {@code note} says why in words.
     */
    public record BalanceTest(boolean computed, Double chiSquare, Integer df, Double p, String note) {

        /** The test as the page says it, e.g. "kji-kvadrat 1,23 med 2 frihetsgrader, p-verdi 0,540". */
        public String text() {
            return computed ? "kji-kvadrat " + Numbers.decimal(chiSquare, 2) + " med " + df + " frihetsgrad"
                    + (df == 1 ? "" : "er") + ", p-verdi " + Numbers.p(p) : null;
        }
    }

    /** Cases per arm and source benefit as of the analysis date (counts already suppressed). */
    public record Distribution(List<String> sourceBenefits, List<DistributionRow> rows) {
    }

    public record DistributionRow(String arm, String kind, List<String> counts, String total) {
    }

    /**
     * Control against a pilot group (one variant, or all pilot arms together). When {@code shown} is false only
     * {@code notShownReason} is set.
     *
     * @param curves the curve points shown per group (the first control, the second pilot), cut where fewer than the
     *               smallest shown cell were at risk
     */
    public record Comparison(String id, String title, String pilotLabel, boolean shown, String notShownReason,
                             String svg, List<Integer> atRiskDays, List<AtRiskRow> atRisk, List<GroupRow> groups,
                             List<TestRow> tests, Integer tauDays, SurvivalReport report,
                             List<List<CurvePoint>> curves) {
    }

    public record AtRiskRow(String group, List<String> counts) {
    }

    public record GroupRow(String group, String cases, String clarified, String median, String medianInterval,
                           String rmst, String rmstInterval) {
    }

    public record TestRow(String what, String estimate, String interval, String chiSquare, String p,
                          String meaning) {
    }

    /** Cumulative incidence of each outcome, per group of the first comparison. */
    public record Incidence(String title, boolean shown, String notShownReason, List<IncidencePlot> plots,
                            List<Integer> days, List<IncidenceRow> rows, List<IncidenceCurve> curves) {
    }

    public record IncidencePlot(String group, String svg) {
    }

    public record IncidenceRow(String group, String outcome, List<String> values) {
    }

    /** The points shown of one group's cumulative incidence of one outcome, for the export. */
    public record IncidenceCurve(String group, String outcome, double[] time, int[] atRisk, double[] incidence) {
    }
}

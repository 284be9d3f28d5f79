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
                            List<Comparison> comparisons, Incidence incidence) {

    /** The choices the filters offer, from the data: pilot arms (variants), source benefits, office groups. */
    public record Options(List<String> variants, List<String> sourceBenefits, List<String> officeGroups) {
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

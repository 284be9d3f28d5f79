package no.nav.overgang.metrics.dashboard;

import no.nav.overgang.metrics.dashboard.DashboardView.Comparison;
import no.nav.overgang.metrics.dashboard.DashboardView.IncidenceCurve;
import no.nav.overgang.metrics.survival.CurvePoint;
import no.nav.overgang.metrics.survival.GroupSurvival;
import no.nav.overgang.metrics.survival.SurvivalReport;

/**
 * The dashboard's aggregates as one CSV, under the same small-cell rule as the page (the curves cut where fewer than
 * the smallest cell are at risk, counts below it as "&lt;5", comparisons with too few cases left out with a note).
 * Columns: {@code table,comparison,group,time,at_risk,events,estimate,lower,upper}; {@code table} says what a row
 * is: {@code km} (a Kaplan–Meier step), {@code at_risk} (numbers at risk under the plot),
 * {@code cumulative_incidence:OUTCOME}, {@code distribution} (cases per arm and source benefit), {@code balance}
 * (cases per arm within a stratum: {@code comparison} the variable {@code source_benefit}, {@code office_group} or
 * {@code age_band}, {@code time} the stratum, {@code at_risk} the count), {@code balance_chi_square} ({@code time} the
 * degrees of freedom, {@code estimate} the statistic), {@code balance_p}, {@code balance_not_computed}, a statistic
 * ({@code n}, {@code clarified}, {@code median}, {@code rmst}, {@code rmst_difference}, {@code hazard_ratio},
 * {@code logrank_p}, {@code stratified_logrank_p}, {@code cox_lr_p}, {@code cox_wald_p}, {@code cox_score_p}), or
 * {@code not_shown}. No row is a person.
 */
final class DashboardCsv {

    static final String HEADER = "table,comparison,group,time,at_risk,events,estimate,lower,upper";

    private DashboardCsv() {
    }

    static String write(DashboardView view) {
        SmallCells cells = new SmallCells(view.smallestShownCell(), view.minimumCasesPerGroup());
        StringBuilder csv = new StringBuilder(64 * 1024).append(HEADER).append('\n');
        var distribution = view.distribution();
        for (var row : distribution.rows()) {
            for (int s = 0; s < distribution.sourceBenefits().size(); s++) {
                line(csv, "distribution", "", row.arm(), distribution.sourceBenefits().get(s), row.counts().get(s),
                        "", "", "", "");
            }
        }
        for (var table : view.balance().tables()) {
            for (var row : table.rows()) {
                for (int a = 0; a < view.balance().arms().size(); a++) {
                    line(csv, "balance", table.variable(), view.balance().arms().get(a), row.key(),
                            row.counts().get(a), "", "", "", "");
                }
            }
            var test = table.test();
            if (test.computed()) {
                line(csv, "balance_chi_square", table.variable(), "", test.df().toString(), "", "",
                        Numbers.csv(test.chiSquare()), "", "");
                line(csv, "balance_p", table.variable(), "", "", "", "", Numbers.csv(test.p()), "", "");
            } else {
                line(csv, "balance_not_computed", table.variable(), "", "", "", "", "", "", "");
            }
        }
        for (Comparison c : view.comparisons()) {
            if (!c.shown()) {
                line(csv, "not_shown", c.id(), "", "", "", "", "", "", "");
                continue;
            }
            SurvivalReport report = c.report();
            for (int g = 0; g < 2; g++) {
                GroupSurvival group = report.groups().get(g);
                line(csv, "n", c.id(), group.group(), "", "", cells.count(group.n()), "", "", "");
                line(csv, "clarified", c.id(), group.group(), "", "", cells.count(group.events()), "", "", "");
                line(csv, "median", c.id(), group.group(), "", "", "", Numbers.csv(group.median()),
                        Numbers.csv(group.medianLower()), Numbers.csv(group.medianUpper()));
                if (report.rmst() != null) {
                    var rmst = report.rmst().groups().get(g);
                    line(csv, "rmst", c.id(), group.group(), Numbers.csv(report.rmst().tau()), "", "",
                            Numbers.csv(rmst.rmst()),
                            Numbers.csv(rmst.rmst() - DashboardAnalysis.Z_975 * rmst.stdErr()),
                            Numbers.csv(rmst.rmst() + DashboardAnalysis.Z_975 * rmst.stdErr()));
                }
                for (CurvePoint p : c.curves().get(g)) {
                    line(csv, "km", c.id(), group.group(), Numbers.csv(p.time()), cells.count(p.atRisk()),
                            cells.count(p.events()), Numbers.csv(p.survival()), Numbers.csv(p.lower()),
                            Numbers.csv(p.upper()));
                }
                var atRisk = c.atRisk().get(g);
                for (int i = 0; i < c.atRiskDays().size(); i++) {
                    line(csv, "at_risk", c.id(), atRisk.group(), c.atRiskDays().get(i).toString(),
                            atRisk.counts().get(i), "", "", "", "");
                }
            }
            if (report.rmst() != null && report.rmst().difference() != null) {
                line(csv, "rmst_difference", c.id(), "", Numbers.csv(report.rmst().tau()), "", "",
                        Numbers.csv(report.rmst().difference()), Numbers.csv(report.rmst().differenceLower()),
                        Numbers.csv(report.rmst().differenceUpper()));
            }
            if (report.cox() != null) {
                var cox = report.cox();
                line(csv, "hazard_ratio", c.id(), "", "", "", "", Numbers.csv(cox.hazardRatio()),
                        Numbers.csv(cox.lower()), Numbers.csv(cox.upper()));
                line(csv, "cox_lr_p", c.id(), "", "", "", "", Numbers.csv(DashboardAnalysis.p(cox.likelihoodRatio())),
                        "", "");
                line(csv, "cox_wald_p", c.id(), "", "", "", "", Numbers.csv(DashboardAnalysis.p(cox.wald())), "", "");
                line(csv, "cox_score_p", c.id(), "", "", "", "", Numbers.csv(DashboardAnalysis.p(cox.score())), "", "");
            }
            if (report.logrank() != null) {
                line(csv, "logrank_p", c.id(), "", "", "", "", Numbers.csv(report.logrank().p()), "", "");
            }
            if (report.stratifiedLogrank() != null) {
                line(csv, "stratified_logrank_p", c.id(), "", "", "", "",
                        Numbers.csv(report.stratifiedLogrank().p()), "", "");
            }
        }
        if (view.incidence().shown()) {
            String comparison = view.comparisons().getFirst().id();
            for (IncidenceCurve curve : view.incidence().curves()) {
                for (int i = 0; i < curve.time().length; i++) {
                    if (i > 0 && curve.incidence()[i] == curve.incidence()[i - 1]) {
                        continue;
                    }
                    line(csv, "cumulative_incidence:" + curve.outcome(), comparison, curve.group(),
                            Numbers.csv(curve.time()[i]), cells.count(curve.atRisk()[i]), "",
                            Numbers.csv(curve.incidence()[i]), "", "");
                }
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields[i];
            csv.append(field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        csv.append('\n');
    }
}

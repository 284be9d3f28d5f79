package no.nav.overgang.metrics.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

import no.nav.overgang.metrics.dashboard.DashboardView.AtRiskRow;
import no.nav.overgang.metrics.dashboard.DashboardView.Comparison;
import no.nav.overgang.metrics.dashboard.DashboardView.Distribution;
import no.nav.overgang.metrics.dashboard.DashboardView.DistributionRow;
import no.nav.overgang.metrics.dashboard.DashboardView.GroupRow;
import no.nav.overgang.metrics.dashboard.DashboardView.Incidence;
import no.nav.overgang.metrics.dashboard.DashboardView.IncidenceCurve;
import no.nav.overgang.metrics.dashboard.DashboardView.IncidencePlot;
import no.nav.overgang.metrics.dashboard.DashboardView.IncidenceRow;
import no.nav.overgang.metrics.dashboard.DashboardView.TestRow;
import no.nav.overgang.metrics.survival.CountedSurvivalData;
import no.nav.overgang.metrics.survival.CumulativeIncidence;
import no.nav.overgang.metrics.survival.CurvePoint;
import no.nav.overgang.metrics.survival.GroupSurvival;
import no.nav.overgang.metrics.survival.InvalidSurvivalInputException;
import no.nav.overgang.metrics.survival.SurvivalAnalysis;
import no.nav.overgang.metrics.survival.SurvivalReport;

/**
 * Builds a {@link DashboardView} from a snapshot: counts the filtered cases per arm and day in one pass
 * ({@link CaseCounts}), then runs the survival analysis of {@code POST /api/analysis/survival} on those counts for
 * control against all pilot arms together and against each variant, and the Aalen–Johansen cumulative incidence of
 * the outcomes, and the balance table ({@link BalanceTables}); applies the small-cell rule ({@link SmallCells}) to
 * everything it returns.
 */
final class DashboardAnalysis {

    static final String CONTROL = "Kontroll";
    private static final String[] GROUP_COLOURS = {"#0067c5", "#c77300"};
    private static final String[] GROUP_DASHES = {"", "9 5"};
    private static final String[] OUTCOME_COLOURS = {"#0067c5", "#06893a", "#8269a2", "#5a5a5a"};
    private static final String[] OUTCOME_DASHES = {"", "9 5", "2 4", "12 4 3 4"};
    private static final int[] INCIDENCE_DAYS = {90, 180, 365, 730};
    private static final ChiSquaredDistribution ONE_DF = new ChiSquaredDistribution(1);
    /** The standard normal 97.5 % quantile, for 95 % intervals. */
    static final double Z_975 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

    private final SmallCells cells;
    private final DashboardProperties properties;

    DashboardAnalysis(SmallCells cells, DashboardProperties properties) {
        this.cells = cells;
        this.properties = properties;
    }

    DashboardView build(AnalysisSnapshot snapshot, DashboardFilter filter) {
        CaseCounts counts = CaseCounts.of(snapshot, filter);
        List<String> variants = new ArrayList<>();
        for (int a = 0; a < counts.arms().size(); a++) {
            if (counts.pilotArm()[a]) {
                variants.add(counts.arms().get(a));
            }
        }
        var options = new DashboardView.Options(variants.stream().sorted().toList(),
                snapshot.sources.stream().sorted().toList(), snapshot.officeGroups.stream().sorted().toList(),
                AgeBands.KEYS, AgeBands.KEYS.stream().map(AgeBands::label).toList());
        IntPredicate control = a -> !counts.pilotArm()[a];
        List<Comparison> comparisons = new ArrayList<>();
        if (filter.variant() == null) {
            comparisons.add(compare(counts, filter, "alle", "Alle pilotvarianter", control,
                    a -> counts.pilotArm()[a]));
            if (variants.size() > 1) {
                for (String variant : options.variants()) {
                    comparisons.add(compare(counts, filter, variant, "Variant " + variant, control,
                            a -> counts.arms().get(a).equals(variant)));
                }
            }
        } else {
            comparisons.add(compare(counts, filter, filter.variant(), "Variant " + filter.variant(), control,
                    a -> counts.pilotArm()[a] && counts.arms().get(a).equals(filter.variant())));
        }
        Comparison first = comparisons.getFirst();
        Incidence incidence = incidence(counts, first, control,
                filter.variant() == null ? a -> counts.pilotArm()[a]
                        : a -> counts.pilotArm()[a] && counts.arms().get(a).equals(filter.variant()));
        return new DashboardView(filter, options, snapshot.version, snapshot.loadedAt, cells.smallest(),
                cells.minimumCases(), distribution(counts), List.copyOf(comparisons), incidence,
                BalanceTables.of(counts, cells));
    }

    private Distribution distribution(CaseCounts counts) {
        // the same counts as the balance table by source benefit, so the same cells hidden
        List<Integer> order = BalanceTables.armOrder(counts);
        boolean[][] hidden = BalanceTables.suppressed(order, counts.sources().size(), counts.cases(), cells).cells();
        List<DistributionRow> rows = new ArrayList<>();
        for (int j = 0; j < order.size(); j++) {
            int a = order.get(j);
            List<String> perSource = new ArrayList<>();
            for (int s = 0; s < counts.sources().size(); s++) {
                perSource.add(SecondarySuppression.shown(counts.cases()[a][s], hidden[s][j], cells));
            }
            rows.add(new DistributionRow(counts.arms().get(a), counts.pilotArm()[a] ? "pilot" : "kontroll",
                    perSource, cells.count(counts.casesIn(a))));
        }
        rows.sort((x, y) -> x.kind().equals(y.kind()) ? x.arm().compareTo(y.arm()) : y.kind().compareTo(x.kind()));
        return new Distribution(counts.sources(), List.copyOf(rows));
    }

    private Comparison compare(CaseCounts counts, DashboardFilter filter, String id, String title,
                               IntPredicate control, IntPredicate pilot) {
        String pilotLabel = title.startsWith("Variant ") ? title.substring("Variant ".length()) : "Pilot (alle)";
        int controlCases = sum(counts, control);
        int pilotCases = sum(counts, pilot);
        String htmlId = "sammenligning-" + id.replaceAll("[^a-z0-9-]", "-");
        if (!cells.enoughFor(Math.min(controlCases, pilotCases))) {
            return notShown(htmlId, title, pilotLabel,
                    "For få saker til å vise kurver og estimater: hver gruppe må ha minst " + cells.minimumCases()
                            + " saker med disse filtrene.");
        }
        CountedSurvivalData data = counted(counts, List.of(control, pilot), List.of(CONTROL, pilotLabel));
        int tau = Math.min(filter.tauDays(), Math.min(lastDay(counts, control), lastDay(counts, pilot)));
        SurvivalReport report;
        try {
            report = SurvivalAnalysis.analyse(data, tau > 0 ? (double) tau : null);
        } catch (InvalidSurvivalInputException e) {
            return notShown(htmlId, title, pilotLabel, "Kan ikke beregnes for disse filtrene: " + e.getMessage());
        }
        List<List<CurvePoint>> curves = new ArrayList<>();
        List<SvgChart.Series> series = new ArrayList<>();
        double xMax = 1;
        for (int g = 0; g < 2; g++) {
            GroupSurvival group = report.groups().get(g);
            List<CurvePoint> shown = shownPart(group.curve());
            curves.add(shown);
            if (!shown.isEmpty()) {
                xMax = Math.max(xMax, shown.getLast().time());
            }
            series.add(series(group.group(), GROUP_COLOURS[g], GROUP_DASHES[g], shown));
        }
        String svg = SvgChart.render(htmlId + "-kurve",
                "Kaplan–Meier-kurver: andel ennå ikke avklart, " + CONTROL.toLowerCase() + " mot " + pilotLabel,
                "Andelen saker som ennå ikke er avklart, etter antall dager siden de kom inn i kohorten, med 95 % "
                        + "konfidensbånd. Tabellene under figuren viser de samme tallene.",
                "Andel ennå ikke avklart", xMax, series);
        List<Integer> atRiskDays = new ArrayList<>();
        for (int day = 0; day <= xMax; day += properties.atRiskEveryDays()) {
            atRiskDays.add(day);
        }
        List<AtRiskRow> atRisk = List.of(atRiskRow(counts, control, CONTROL, atRiskDays),
                atRiskRow(counts, pilot, pilotLabel, atRiskDays));
        List<GroupRow> groups = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            GroupSurvival group = report.groups().get(g);
            var rmst = report.rmst() == null ? null : report.rmst().groups().get(g);
            groups.add(new GroupRow(group.group(), cells.count(group.n()), cells.count(group.events()),
                    Numbers.days(group.median()), interval(group.medianLower(), group.medianUpper()),
                    rmst == null ? "–" : Numbers.decimal(rmst.rmst(), 1),
                    rmst == null ? "–" : "± " + Numbers.decimal(Z_975 * rmst.stdErr(), 1)));
        }
        return new Comparison(htmlId, title, pilotLabel, true, null, svg, List.copyOf(atRiskDays), atRisk,
                List.copyOf(groups), tests(report, pilotLabel), tau > 0 ? tau : null, report, List.copyOf(curves));
    }

    private static Comparison notShown(String id, String title, String pilotLabel, String reason) {
        return new Comparison(id, title, pilotLabel, false, reason, null, List.of(), List.of(), List.of(), List.of(),
                null, null, List.of());
    }

    private List<TestRow> tests(SurvivalReport report, String pilotLabel) {
        List<TestRow> rows = new ArrayList<>();
        if (report.cox() != null) {
            var cox = report.cox();
            rows.add(new TestRow("Hasardratio, " + pilotLabel + " mot kontroll (Cox)",
                    Numbers.decimal(cox.hazardRatio(), 2),
                    Numbers.decimal(cox.lower(), 2) + "–" + Numbers.decimal(cox.upper(), 2),
                    "LR " + Numbers.decimal(cox.likelihoodRatio(), 2) + " · Wald " + Numbers.decimal(cox.wald(), 2)
                            + " · score " + Numbers.decimal(cox.score(), 2),
                    "LR " + Numbers.p(p(cox.likelihoodRatio())) + " · Wald " + Numbers.p(p(cox.wald()))
                            + " · score " + Numbers.p(p(cox.score())),
                    "Over 1: sakene i pilotgruppen avklares raskere enn i kontrollgruppen; under 1: saktere."));
        }
        if (report.logrank() != null) {
            rows.add(new TestRow("Log-rank-test", "–", "–", Numbers.decimal(report.logrank().chiSquare(), 2)
                    + " (" + report.logrank().df() + " fg)", Numbers.p(report.logrank().p()),
                    "Tester om kurvene er like; en liten p-verdi betyr at forskjellen neppe er tilfeldig."));
        }
        if (report.stratifiedLogrank() != null) {
            rows.add(new TestRow("Log-rank-test stratifisert på ytelse", "–", "–",
                    Numbers.decimal(report.stratifiedLogrank().chiSquare(), 2) + " (" + report.stratifiedLogrank().df()
                            + " fg)", Numbers.p(report.stratifiedLogrank().p()),
                    "Samme test, men sammenligner bare saker fra samme ytelse (sykepenger med sykepenger, AAP med "
                            + "AAP)."));
        }
        if (report.rmst() != null && report.rmst().difference() != null) {
            var rmst = report.rmst();
            double z = rmst.difference() / rmst.differenceStdErr();
            rows.add(new TestRow("Forskjell i gjennomsnittlig tid til avklaring innen " + (long) rmst.tau()
                    + " dager (RMST, " + pilotLabel + " minus kontroll)", Numbers.decimal(rmst.difference(), 1)
                    + " dager", Numbers.decimal(rmst.differenceLower(), 1) + " til "
                    + Numbers.decimal(rmst.differenceUpper(), 1), "–", Numbers.p(p(z * z)),
                    "Under 0: pilotgruppen er i snitt kortere tid uavklart i perioden; over 0: lengre."));
        }
        return List.copyOf(rows);
    }

    /** The p-value of a chi-square statistic on one degree of freedom. */
    static double p(double chiSquareOneDf) {
        return 1 - ONE_DF.cumulativeProbability(chiSquareOneDf);
    }

    private Incidence incidence(CaseCounts counts, Comparison first, IntPredicate control, IntPredicate pilot) {
        String title = "Kumulativ insidens av utfallene, " + CONTROL.toLowerCase() + " mot " + first.pilotLabel();
        if (!first.shown()) {
            return new Incidence(title, false, first.notShownReason(), List.of(), List.of(), List.of(), List.of());
        }
        double[] times = days(counts.days());
        List<IncidencePlot> plots = new ArrayList<>();
        List<IncidenceRow> rows = new ArrayList<>();
        List<IncidenceCurve> curves = new ArrayList<>();
        List<Integer> tableDays = new ArrayList<>();
        String[] names = {CONTROL, first.pilotLabel()};
        IntPredicate[] members = {control, pilot};
        CumulativeIncidence.Estimate[] estimates = new CumulativeIncidence.Estimate[2];
        int[] shownPoints = new int[2];
        double xMax = 1;
        for (int g = 0; g < 2; g++) {
            int[][] perOutcome = new int[Outcome.values().length + 1][counts.days()];
            for (int a = 0; a < counts.arms().size(); a++) {
                if (members[g].test(a)) {
                    for (int o = 0; o < perOutcome.length; o++) {
                        for (int k = 0; k < counts.days(); k++) {
                            perOutcome[o][k] += counts.outcomes()[a][o][k];
                        }
                    }
                }
            }
            estimates[g] = CumulativeIncidence.estimate(times, perOutcome);
            int n = 0;
            while (n < estimates[g].times().length && cells.curveShownAt(estimates[g].atRisk()[n])) {
                n++;
            }
            shownPoints[g] = n;
            if (n > 0) {
                xMax = Math.max(xMax, estimates[g].times()[n - 1]);
            }
        }
        for (int day : INCIDENCE_DAYS) {
            if (day <= Math.min(last(estimates[0], shownPoints[0]), last(estimates[1], shownPoints[1]))) {
                tableDays.add(day);
            }
        }
        for (int g = 0; g < 2; g++) {
            CumulativeIncidence.Estimate estimate = estimates[g];
            int n = shownPoints[g];
            List<SvgChart.Series> series = new ArrayList<>();
            for (Outcome outcome : Outcome.values()) {
                double[] value = Arrays.copyOf(estimate.incidence()[outcome.ordinal()], n);
                double[] time = Arrays.copyOf(estimate.times(), n);
                series.add(new SvgChart.Series(outcome.label(), OUTCOME_COLOURS[outcome.ordinal()],
                        OUTCOME_DASHES[outcome.ordinal()], 0, time, value, null, null));
                curves.add(new IncidenceCurve(names[g], outcome.name(), time, Arrays.copyOf(estimate.atRisk(), n),
                        value));
                List<String> values = new ArrayList<>();
                for (int day : tableDays) {
                    values.add(Numbers.percent(valueAt(time, value, day)));
                }
                rows.add(new IncidenceRow(names[g], outcome.label(), values));
            }
            String id = first.id() + "-insidens-" + g;
            plots.add(new IncidencePlot(names[g], SvgChart.render(id, title + ": " + names[g],
                    "Andelen saker i gruppen " + names[g] + " som har endt med hvert utfall, etter antall dager "
                            + "siden de kom inn i kohorten. Tabellen under figurene viser de samme tallene.",
                    "Andel med utfallet", xMax, series)));
        }
        return new Incidence(title, true, null, List.copyOf(plots), List.copyOf(tableDays), List.copyOf(rows),
                List.copyOf(curves));
    }

    private static double last(CumulativeIncidence.Estimate estimate, int shown) {
        return shown == 0 ? -1 : estimate.times()[shown - 1];
    }

    private static double valueAt(double[] time, double[] value, double day) {
        double v = 0;
        for (int i = 0; i < time.length && time[i] <= day; i++) {
            v = value[i];
        }
        return v;
    }

    /** The curve up to the last point where at least the smallest shown cell was at risk. */
    private List<CurvePoint> shownPart(List<CurvePoint> curve) {
        int n = 0;
        while (n < curve.size() && cells.curveShownAt(curve.get(n).atRisk())) {
            n++;
        }
        return List.copyOf(curve.subList(0, n));
    }

    private static SvgChart.Series series(String name, String colour, String dash, List<CurvePoint> points) {
        int n = points.size();
        double[] time = new double[n];
        double[] value = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            CurvePoint p = points.get(i);
            time[i] = p.time();
            value[i] = p.survival();
            lower[i] = p.lower() == null ? Double.NaN : p.lower();
            upper[i] = p.upper() == null ? Double.NaN : p.upper();
        }
        return new SvgChart.Series(name, colour, dash, 1, time, value, lower, upper);
    }

    private AtRiskRow atRiskRow(CaseCounts counts, IntPredicate members, String name, List<Integer> days) {
        int[] ended = new int[counts.days() + 1];
        int total = 0;
        for (int a = 0; a < counts.arms().size(); a++) {
            if (!members.test(a)) {
                continue;
            }
            for (int s = 0; s < counts.sources().size(); s++) {
                for (int k = 0; k < counts.days(); k++) {
                    ended[k + 1] += counts.clarified()[a][s][k] + counts.censored()[a][s][k];
                }
            }
            total += counts.casesIn(a);
        }
        for (int k = 1; k < ended.length; k++) {
            ended[k] += ended[k - 1];
        }
        List<String> row = new ArrayList<>();
        for (int day : days) {
            int atRisk = day < counts.days() ? total - ended[day] : 0;
            row.add(cells.count(atRisk));
        }
        return new AtRiskRow(name, List.copyOf(row));
    }

    private static CountedSurvivalData counted(CaseCounts counts, List<IntPredicate> groups, List<String> names) {
        int strata = counts.sources().size();
        int[][][] events = new int[strata][groups.size()][counts.days()];
        int[][][] censored = new int[strata][groups.size()][counts.days()];
        for (int a = 0; a < counts.arms().size(); a++) {
            for (int g = 0; g < groups.size(); g++) {
                if (!groups.get(g).test(a)) {
                    continue;
                }
                for (int s = 0; s < strata; s++) {
                    for (int k = 0; k < counts.days(); k++) {
                        events[s][g][k] += counts.clarified()[a][s][k];
                        censored[s][g][k] += counts.censored()[a][s][k];
                    }
                }
            }
        }
        return new CountedSurvivalData(names, counts.sources(), days(counts.days()), events, censored);
    }

    private static double[] days(int days) {
        double[] times = new double[days];
        for (int k = 0; k < days; k++) {
            times[k] = k;
        }
        return times;
    }

    private static int sum(CaseCounts counts, IntPredicate members) {
        int n = 0;
        for (int a = 0; a < counts.arms().size(); a++) {
            if (members.test(a)) {
                n += counts.casesIn(a);
            }
        }
        return n;
    }

    private static int lastDay(CaseCounts counts, IntPredicate members) {
        int last = -1;
        for (int a = 0; a < counts.arms().size(); a++) {
            if (!members.test(a)) {
                continue;
            }
            for (int s = 0; s < counts.sources().size(); s++) {
                for (int k = counts.days() - 1; k > last; k--) {
                    if (counts.clarified()[a][s][k] + counts.censored()[a][s][k] > 0) {
                        last = k;
                        break;
                    }
                }
            }
        }
        return last;
    }

    private static String interval(Double lower, Double upper) {
        return Numbers.days(lower) + " – " + Numbers.days(upper);
    }
}

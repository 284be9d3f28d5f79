package no.nav.overgang.metrics.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hipparchus.stat.inference.ChiSquareTest;

import no.nav.overgang.metrics.dashboard.DashboardView.Balance;
import no.nav.overgang.metrics.dashboard.DashboardView.BalanceRow;
import no.nav.overgang.metrics.dashboard.DashboardView.BalanceTable;
import no.nav.overgang.metrics.dashboard.DashboardView.BalanceTest;

/**
 * The balance table: did randomisation give the arms the same mix of cases? For each stratum variable (source
 * benefit, office group, age band) the filtered cases per arm and stratum, and Pearson's chi-square test of
 * independence of arm and stratum (Hipparchus' {@link ChiSquareTest}) on the arms and strata that have cases.
 * <p>
 * Small cells ({@link SmallCells}): counts of 1–4 are shown as "&lt;5" (and counts that would give them away
 * through the totals as ":", {@link SecondarySuppression}), and the test is <em>not computed</em> when
 * any cell it would use is such a count: the statistic is a function of every cell, so together with the totals
 * it could give the hidden counts away, and the chi-square approximation is poor with so few cases anyway. Where
 * every cell is shown but some expected count is below 5 (Cochran's rule), the p-value is given with that caveat.
 */
final class BalanceTables {

    private static final ChiSquareTest CHI_SQUARE = new ChiSquareTest();

    private BalanceTables() {
    }

    static Balance of(CaseCounts counts, SmallCells cells) {
        List<Integer> order = armOrder(counts);
        int[][] bySource = new int[counts.arms().size()][];
        for (int a = 0; a < bySource.length; a++) {
            bySource[a] = counts.cases()[a];
        }
        List<String> sourceKeys = counts.sources();
        List<String> groupKeys = counts.officeGroups();
        List<BalanceTable> tables = List.of(
                table("balanse-ytelse", "Ytelse saken kom fra", "source_benefit", order, sourceKeys,
                        Function.identity(), bySource, cells),
                table("balanse-kontorgruppe", "Kontorgruppe", "office_group", order, groupKeys, g -> g + "xx",
                        counts.byOfficeGroup(), cells),
                table("balanse-aldersgruppe", "Aldersgruppe ved inngang i kohorten", "age_band", order,
                        AgeBands.KEYS, AgeBands::label, counts.byAgeBand(), cells));
        List<String> arms = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        for (int a : order) {
            arms.add(counts.arms().get(a));
            kinds.add(counts.pilotArm()[a] ? "pilot" : "kontroll");
            totals.add(cells.count(counts.casesIn(a)));
        }
        return new Balance(List.copyOf(arms), List.copyOf(kinds), List.copyOf(totals), tables);
    }

    /** The arms' numbers in the order of the columns: control first, then the pilot arms, each by name. */
    static List<Integer> armOrder(CaseCounts counts) {
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < counts.arms().size(); a++) {
            order.add(a);
        }
        order.sort((x, y) -> counts.pilotArm()[x] != counts.pilotArm()[y] ? (counts.pilotArm()[x] ? 1 : -1)
                : counts.arms().get(x).compareTo(counts.arms().get(y)));
        return order;
    }

    /** @param perArm perArm[arm][stratum], strata as in {@code keys} */
    private static BalanceTable table(String id, String title, String variable, List<Integer> order,
                                      List<String> keys, Function<String, String> label, int[][] perArm,
                                      SmallCells cells) {
        long[] armTotal = new long[perArm.length];
        long[] stratumTotal = new long[keys.size()];
        for (int a = 0; a < perArm.length; a++) {
            for (int s = 0; s < keys.size(); s++) {
                armTotal[a] += perArm[a][s];
                stratumTotal[s] += perArm[a][s];
            }
        }
        SecondarySuppression.Hidden suppression = suppressed(order, keys.size(), perArm, cells);
        boolean[][] hidden = suppression.cells();
        List<BalanceRow> rows = new ArrayList<>();
        for (int s = 0; s < keys.size(); s++) {
            if (stratumTotal[s] == 0) {
                continue;
            }
            List<String> shown = new ArrayList<>();
            List<String> withShare = new ArrayList<>();
            for (int j = 0; j < order.size(); j++) {
                int a = order.get(j);
                int n = perArm[a][s];
                String count = SecondarySuppression.shown(n, hidden[s][j], cells);
                shown.add(count);
                withShare.add(n == 0 || hidden[s][j] ? count
                        : count + " (" + Numbers.percent((double) n / armTotal[a]) + ")");
            }
            rows.add(new BalanceRow(keys.get(s), label.apply(keys.get(s)), List.copyOf(shown), List.copyOf(withShare),
                    SecondarySuppression.shown(stratumTotal[s], suppression.rowTotals()[s], cells)));
        }
        return new BalanceTable(id, title, variable, List.copyOf(rows),
                test(order, perArm, armTotal, stratumTotal, cells));
    }

    /**
     * Which counts of a table the page hides: cells[stratum][j] for the j-th arm in {@code order}, and the strata's
     * totals, by the small-cell rule and {@link SecondarySuppression}.
     */
    static SecondarySuppression.Hidden suppressed(List<Integer> order, int strata, int[][] perArm, SmallCells cells) {
        long[][] table = new long[strata][order.size()];
        for (int s = 0; s < strata; s++) {
            for (int j = 0; j < order.size(); j++) {
                table[s][j] = perArm[order.get(j)][s];
            }
        }
        return SecondarySuppression.hidden(table, cells);
    }

    /** The test on the arms and strata with at least one case (a row or column of zeros has no expected count). */
    static BalanceTest test(List<Integer> order, int[][] perArm, long[] armTotal, long[] stratumTotal,
                            SmallCells cells) {
        List<Integer> arms = order.stream().filter(a -> armTotal[a] > 0).toList();
        List<Integer> strata = new ArrayList<>();
        for (int s = 0; s < stratumTotal.length; s++) {
            if (stratumTotal[s] > 0) {
                strata.add(s);
            }
        }
        if (arms.size() < 2 || strata.size() < 2) {
            return notComputed("Ikke beregnet: med dette utvalget er det " + (arms.size() < 2
                    ? "bare én arm med saker" : "saker i bare én gruppe") + ", så det er ingenting å sammenligne.");
        }
        long[][] table = new long[strata.size()][arms.size()];
        long total = 0;
        boolean suppressed = false;
        for (int i = 0; i < strata.size(); i++) {
            for (int j = 0; j < arms.size(); j++) {
                int n = perArm[arms.get(j)][strata.get(i)];
                table[i][j] = n;
                total += n;
                suppressed |= cells.hidden(n);
            }
        }
        if (suppressed) {
            return notComputed("Ikke beregnet: noen celler har færre enn " + cells.smallest() + " saker. Testen "
                    + "bygger på hver celle, så sammen med totalene kunne den avsløre de skjulte tallene, og med så "
                    + "få saker er den heller ikke pålitelig. Velg et bredere utvalg for å få testen.");
        }
        boolean smallExpected = false;
        for (int i = 0; i < strata.size(); i++) {
            for (int j = 0; j < arms.size(); j++) {
                double expected = (double) stratumTotal[strata.get(i)] * armTotal[arms.get(j)] / total;
                smallExpected |= expected < 5;
            }
        }
        int df = (strata.size() - 1) * (arms.size() - 1);
        return new BalanceTest(true, CHI_SQUARE.chiSquare(table), df, CHI_SQUARE.chiSquareTest(table),
                smallExpected ? "Noen forventede antall er under 5, så p-verdien er bare omtrentlig." : null);
    }

    private static BalanceTest notComputed(String why) {
        return new BalanceTest(false, null, null, null, why);
    }
}

package no.nav.overgang.metrics.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs every estimator on one data set: the rows are sorted by time once, counted into an {@link EventTable}
 * (and, regrouped by stratum keeping that order, into one table per stratum for the stratified test), and each
 * estimator sweeps its table once.
 */
public final class SurvivalAnalysis {

    private SurvivalAnalysis() {
    }

    /** @param tau the horizon of the restricted mean time, or null for none */
    public static SurvivalReport analyse(SurvivalData data, Double tau) {
        if (data.size() == 0) {
            throw new InvalidSurvivalInputException("there are no cases to analyse");
        }
        int groupCount = data.groups().size();
        int[] byTime = EventTable.orderByTime(data.timeColumn());
        EventTable table = EventTable.of(groupCount, data.groupColumn(), data.timeColumn(), data.eventColumn(), byTime,
                0, byTime.length);
        int[][] atRisk = table.atRisk();
        TestResult stratified = groupCount < 2 || !data.stratified() ? null : stratifiedLogRank(data, byTime);
        return report(table, atRisk, data.groups(), stratified, tau);
    }

    /**
     * The same analysis on cases already counted per time (see {@link CountedSurvivalData}); with more than one
     * stratum the stratified log-rank test sums the strata's tables. Gives the same numbers as the rows would.
     */
    public static SurvivalReport analyse(CountedSurvivalData data, Double tau) {
        EventTable table = data.table(-1);
        int[][] atRisk = table.atRisk();
        for (int size : table.size) {
            if (size == 0) {
                throw new InvalidSurvivalInputException("a group has no cases to analyse");
            }
        }
        int groupCount = data.groups().size();
        TestResult stratified = null;
        if (groupCount >= 2 && data.strata().size() > 1) {
            LogRank test = new LogRank(groupCount);
            for (int s = 0; s < data.strata().size(); s++) {
                EventTable stratum = data.table(s);
                test.add(stratum, stratum.atRisk());
            }
            stratified = test.result();
        }
        return report(table, atRisk, data.groups(), stratified, tau);
    }

    private static SurvivalReport report(EventTable table, int[][] atRisk, List<String> names, TestResult stratified,
                                         Double tau) {
        int groupCount = names.size();
        List<GroupSurvival> groups = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            groups.add(KaplanMeier.estimate(table, atRisk, g, names.get(g)));
        }
        TestResult logrank = groupCount < 2 ? null : new LogRank(groupCount).add(table, atRisk).result();
        CoxResult cox = CoxRegression.fit(table, atRisk);
        return new SurvivalReport(List.copyOf(groups), logrank, stratified, cox, tau == null ? null : rmst(groups, tau));
    }

    /** Each stratum's rows, still in time order (a stable counting sort by stratum), make that stratum's table. */
    private static TestResult stratifiedLogRank(SurvivalData data, int[] byTime) {
        int strata = data.strata().size();
        int[] stratum = data.stratumColumn();
        int[] start = new int[strata + 1];
        for (int s : stratum) {
            start[s + 1]++;
        }
        for (int s = 0; s < strata; s++) {
            start[s + 1] += start[s];
        }
        int[] next = Arrays.copyOf(start, strata);
        int[] byStratumThenTime = new int[byTime.length];
        for (int row : byTime) {
            byStratumThenTime[next[stratum[row]]++] = row;
        }
        int groups = data.groups().size();
        LogRank test = new LogRank(groups);
        for (int s = 0; s < strata; s++) {
            EventTable table = EventTable.of(groups, data.groupColumn(), data.timeColumn(), data.eventColumn(),
                    byStratumThenTime, start[s], start[s + 1]);
            test.add(table, table.atRisk());
        }
        return test.result();
    }

    private static RmstResult rmst(List<GroupSurvival> groups, double tau) {
        double largest = RestrictedMeanSurvival.largestTau(groups);
        if (!(tau > 0) || tau > largest) {
            throw new InvalidSurvivalInputException("tau must be more than 0 and at most " + largest
                    + ", the last observed time of the group followed the shortest");
        }
        List<RmstResult.GroupRmst> perGroup = groups.stream().map(g -> RestrictedMeanSurvival.of(g, tau)).toList();
        if (perGroup.size() != 2) {
            return new RmstResult(tau, perGroup, null, null, null, null);
        }
        double difference = perGroup.get(1).rmst() - perGroup.get(0).rmst();
        double se = Math.hypot(perGroup.get(0).stdErr(), perGroup.get(1).stdErr());
        return new RmstResult(tau, perGroup, difference, se, difference - Distributions.Z_975 * se,
                difference + Distributions.Z_975 * se);
    }
}

package no.nav.overgang.metrics.survival;

import java.util.List;

/**
 * Times to the event already counted per distinct time, for a caller that can count its cases in one pass (the
 * dashboard, whose times are whole days): for every stratum, group and time, how many had the event and how many
 * were censored. {@link SurvivalAnalysis#analyse(CountedSurvivalData, Double)} runs the same estimators on it as on
 * one row per case, and gives the same numbers.
 *
 * @param groups   group names; the second is compared with the first
 * @param strata   stratum names, one or more; with more than one the stratified log-rank test is made
 * @param times    the times counted, increasing
 * @param events   events[s][g][k]: events in stratum s, group g at times[k]
 * @param censored censored[s][g][k]: censored in stratum s, group g at times[k]
 */
public record CountedSurvivalData(List<String> groups, List<String> strata, double[] times, int[][][] events,
                                  int[][][] censored) {

    public CountedSurvivalData {
        groups = List.copyOf(groups);
        strata = List.copyOf(strata);
        if (strata.isEmpty() || events.length != strata.size() || censored.length != strata.size()) {
            throw new IllegalArgumentException("one table of counts per stratum, at least one");
        }
        for (int s = 0; s < strata.size(); s++) {
            if (events[s].length != groups.size() || censored[s].length != groups.size()) {
                throw new IllegalArgumentException("one row of counts per group");
            }
            for (int g = 0; g < groups.size(); g++) {
                if (events[s][g].length != times.length || censored[s][g].length != times.length) {
                    throw new IllegalArgumentException("one count per time");
                }
            }
        }
        for (int k = 1; k < times.length; k++) {
            if (!(times[k] > times[k - 1])) {
                throw new IllegalArgumentException("times must increase");
            }
        }
    }

    /** The table of one stratum, or of all strata summed (stratum −1), without times that have no case. */
    EventTable table(int stratum) {
        int groupCount = groups.size();
        int[][] e = new int[groupCount][times.length];
        int[][] c = new int[groupCount][times.length];
        for (int s = 0; s < strata.size(); s++) {
            if (stratum >= 0 && s != stratum) {
                continue;
            }
            for (int g = 0; g < groupCount; g++) {
                for (int k = 0; k < times.length; k++) {
                    e[g][k] += events[s][g][k];
                    c[g][k] += censored[s][g][k];
                }
            }
        }
        return EventTable.ofCounts(times, e, c);
    }
}

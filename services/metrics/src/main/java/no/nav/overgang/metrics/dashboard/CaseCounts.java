package no.nav.overgang.metrics.dashboard;

import java.util.List;

/**
 * The filtered cases of a snapshot counted, in one pass, per arm, source benefit and whole day of follow-up (and per
 * arm and office group, and arm and age band, for the balance table): how
 * many were clarified on that day, how many were censored then (competing events included: for the Kaplan–Meier
 * curve they end follow-up without clarification), and per {@link Outcome} for the cumulative incidence. Day d
 * is the number of days from the index date to the end, or to the analysis date for a case still open then.
 *
 * @param clarified clarified[arm][source][day]
 * @param censored  censored[arm][source][day]
 * @param outcomes  outcomes[arm][1 + outcome ordinal][day], index 0 the censored (competing events not included)
 * @param cases     cases[arm][source]
 * @param byOfficeGroup cases[arm][office group], groups as in {@code officeGroups}
 * @param byAgeBand cases[arm][age band], bands as in {@link AgeBands#KEYS}
 */
record CaseCounts(List<String> arms, boolean[] pilotArm, List<String> sources, int days, int[][][] clarified,
                  int[][][] censored, int[][][] outcomes, int[][] cases, List<String> officeGroups,
                  int[][] byOfficeGroup, int[][] byAgeBand) {

    static CaseCounts of(AnalysisSnapshot snapshot, DashboardFilter filter) {
        int asOf = (int) filter.asOf().toEpochDay();
        int arms = snapshot.arms.size();
        int sources = snapshot.sources.size();
        int earliest = snapshot.earliestIndexDay;
        int source = filter.sourceIndex(snapshot);
        int group = filter.officeGroupIndex(snapshot);
        int band = filter.ageBandIndex();
        int days = earliest > asOf ? 1 : asOf - earliest + 1;
        int[][][] clarified = new int[arms][sources][days];
        int[][][] censored = new int[arms][sources][days];
        int[][][] outcomes = new int[arms][Outcome.values().length + 1][days];
        int[][] cases = new int[arms][sources];
        int[][] byOfficeGroup = new int[arms][snapshot.officeGroups.size()];
        int[][] byAgeBand = new int[arms][AgeBands.KEYS.size()];
        for (int i = 0; i < snapshot.size; i++) {
            int index = snapshot.indexDay[i];
            if (index > asOf || (source != -1 && snapshot.source[i] != source)
                    || (group != -1 && snapshot.officeGroup[i] != group)
                    || (band != -1 && snapshot.ageBand[i] != band)) {
                continue;
            }
            int a = snapshot.arm[i];
            int s = snapshot.source[i];
            boolean ended = snapshot.endDay[i] <= asOf;
            int day = Math.max(0, (ended ? snapshot.endDay[i] : asOf) - index);
            int outcome = ended ? snapshot.outcome[i] : AnalysisSnapshot.CENSORED;
            cases[a][s]++;
            byOfficeGroup[a][snapshot.officeGroup[i]]++;
            byAgeBand[a][snapshot.ageBand[i]]++;
            if (outcome >= 0 && Outcome.values()[outcome].clarified()) {
                clarified[a][s][day]++;
            } else {
                censored[a][s][day]++;
            }
            outcomes[a][outcome + 1][day]++;
        }
        return new CaseCounts(snapshot.arms, snapshot.pilotArm.clone(), snapshot.sources, days, clarified, censored,
                outcomes, cases, snapshot.officeGroups, byOfficeGroup, byAgeBand);
    }

    int casesIn(int arm) {
        int n = 0;
        for (int count : cases[arm]) {
            n += count;
        }
        return n;
    }
}

package no.nav.overgang.metrics.survival;

import java.util.List;

/**
 * Restricted mean survival time: the area under the Kaplan–Meier curve from 0 to τ, with the variance of
 * survRM2's {@code rmst1} (the sum over event times of the squared area from the time to τ times
 * d/(n(n−d)), a time where everyone at risk has the event contributing nothing).
 */
public final class RestrictedMeanSurvival {

    private RestrictedMeanSurvival() {
    }

    static RmstResult.GroupRmst of(GroupSurvival group, double tau) {
        List<CurvePoint> curve = group.curve();
        int last = 0;
        while (last < curve.size() && curve.get(last).time() <= tau) {
            last++;
        }
        double rmst = 0;
        double previousTime = 0;
        double previousSurvival = 1;
        for (int j = 0; j < last; j++) {
            rmst += (curve.get(j).time() - previousTime) * previousSurvival;
            previousTime = curve.get(j).time();
            previousSurvival = curve.get(j).survival();
        }
        rmst += (tau - previousTime) * previousSurvival;

        // from the last time before τ backwards, so that areaToTau is the area from the j-th time to τ
        double variance = 0;
        double areaToTau = 0;
        for (int j = last - 1; j >= 0; j--) {
            CurvePoint point = curve.get(j);
            double nextTime = j + 1 < last ? curve.get(j + 1).time() : tau;
            areaToTau += (nextTime - point.time()) * point.survival();
            int n = point.atRisk();
            int d = point.events();
            if (d > 0 && n > d) {
                variance += areaToTau * areaToTau * d / ((double) n * (n - d));
            }
        }
        return new RmstResult.GroupRmst(group.group(), rmst, Math.sqrt(variance));
    }

    /** The largest τ every group's curve reaches: the smallest over groups of their last observed time. */
    static double largestTau(List<GroupSurvival> groups) {
        return groups.stream().mapToDouble(g -> g.curve().getLast().time()).min().orElse(0);
    }
}

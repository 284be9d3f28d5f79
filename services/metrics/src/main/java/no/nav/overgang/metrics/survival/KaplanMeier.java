package no.nav.overgang.metrics.survival;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Kaplan–Meier product-limit estimate with Greenwood's variance and a log-transformed confidence interval (R
 * survival's default {@code conf.type = "log"}), and the median with its interval by the rule of R's
 * {@code print.survfit}. Formulas in docs/STATISTICS.md.
 */
public final class KaplanMeier {

    /** Tolerance for "the curve is exactly one half", as R's {@code all.equal}. */
    private static final double HALF_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private KaplanMeier() {
    }

    static GroupSurvival estimate(EventTable table, int[][] atRisk, int g, String name) {
        double z = Distributions.Z_975;
        int points = 0;
        for (int k = 0; k < table.times.length; k++) {
            if (table.events[g][k] + table.censored[g][k] > 0) {
                points++;
            }
        }
        Curve curve = new Curve(points);
        double survival = 1;
        double greenwood = 0;
        double stdErr = 0;
        double lower = 1;
        double upper = 1;
        int events = 0;
        for (int k = 0; k < table.times.length; k++) {
            int d = table.events[g][k];
            if (d == 0 && table.censored[g][k] == 0) {
                continue;
            }
            int n = atRisk[g][k];
            if (d > 0) {
                events += d;
                survival *= 1 - (double) d / n;
                greenwood += n > d ? (double) d / ((double) n * (n - d)) : Double.POSITIVE_INFINITY;
                if (survival > 0 && Double.isFinite(greenwood)) {
                    double seLog = Math.sqrt(greenwood);
                    stdErr = survival * seLog;
                    lower = Math.exp(Math.log(survival) - z * seLog);
                    upper = Math.min(1, Math.exp(Math.log(survival) + z * seLog));
                } else {
                    survival = 0;
                    stdErr = Double.NaN;
                    lower = Double.NaN;
                    upper = Double.NaN;
                }
            }
            // at a censored time the estimate and its interval are those of the last event time
            curve.add(table.times[k], n, d, survival, stdErr, lower, upper);
        }
        return new GroupSurvival(name, table.size[g], events, firstAtOrBelowHalf(curve, curve.survival),
                firstAtOrBelowHalf(curve, curve.lower), firstAtOrBelowHalf(curve, curve.upper), curve);
    }

    /**
     * The first time the curve is at or below one half; where it is exactly one half, the midpoint between that
     * time and the time it next drops (R survival's rule). Applied to the estimate it gives the median; to the
     * lower confidence limit, which falls first, the median's lower limit; to the upper confidence limit, its upper
     * limit. Undefined values (NaN, where the curve has reached zero) are skipped. Null when never reached.
     */
    private static Double firstAtOrBelowHalf(Curve curve, double[] value) {
        for (int i = 0; i < curve.size(); i++) {
            double y = value[i];
            if (Double.isNaN(y) || y >= 0.5 + HALF_TOLERANCE) {
                continue;
            }
            if (Math.abs(y - 0.5) < HALF_TOLERANCE) {
                for (int j = i + 1; j < curve.size(); j++) {
                    if (value[j] < y) {
                        return (curve.time[i] + curve.time[j]) / 2;
                    }
                }
            }
            return curve.time[i];
        }
        return null;
    }

    /**
     * The curve in columns, as a list of {@link CurvePoint}s made when read: a million-point curve costs no
     * million objects. NaN marks an undefined standard error or limit; the points show it as null.
     */
    private static final class Curve extends AbstractList<CurvePoint> implements RandomAccess {

        final double[] time;
        final int[] atRisk;
        final int[] events;
        final double[] survival;
        final double[] stdErr;
        final double[] lower;
        final double[] upper;
        private int size;

        Curve(int capacity) {
            time = new double[capacity];
            atRisk = new int[capacity];
            events = new int[capacity];
            survival = new double[capacity];
            stdErr = new double[capacity];
            lower = new double[capacity];
            upper = new double[capacity];
        }

        void add(double t, int n, int d, double s, double se, double low, double high) {
            time[size] = t;
            atRisk[size] = n;
            events[size] = d;
            survival[size] = s;
            stdErr[size] = se;
            lower[size] = low;
            upper[size] = high;
            size++;
        }

        @Override
        public CurvePoint get(int i) {
            Objects.checkIndex(i, size);
            return new CurvePoint(time[i], atRisk[i], events[i], survival[i], orNull(stdErr[i]), orNull(lower[i]),
                    orNull(upper[i]));
        }

        @Override
        public int size() {
            return size;
        }

        private static Double orNull(double value) {
            return Double.isNaN(value) ? null : value;
        }
    }
}

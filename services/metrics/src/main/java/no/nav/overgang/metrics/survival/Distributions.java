package no.nav.overgang.metrics.survival;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/** The distributions the tests and intervals need, from Hipparchus. */
final class Distributions {

    /** The standard normal 97.5% quantile, 1.959964…, for two-sided 95% intervals. */
    static final double Z_975 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

    private Distributions() {
    }

    /** Upper tail probability of a chi-square statistic. */
    static double chiSquareP(double statistic, int df) {
        return 1 - new ChiSquaredDistribution(df).cumulativeProbability(statistic);
    }
}

package no.nav.overgang.metrics.survival;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * The log-rank test of equal hazards in k groups (Mantel–Haenszel form with the hypergeometric variance, as R's
 * {@code survdiff} with {@code rho = 0}), and its stratified form, which sums observed minus expected and the
 * variance over strata before forming the statistic.
 */
public final class LogRank {

    private final int groups;
    private final double[] observedMinusExpected;
    private final double[][] variance;

    LogRank(int groups) {
        this.groups = groups;
        this.observedMinusExpected = new double[groups];
        this.variance = new double[groups][groups];
    }

    /** Adds one table's (one stratum's) observed minus expected events and their variance. */
    LogRank add(EventTable table, int[][] atRisk) {
        double[] share = new double[groups];
        for (int k = 0; k < table.times.length; k++) {
            int d = 0;
            int n = 0;
            for (int g = 0; g < groups; g++) {
                d += table.events[g][k];
                n += atRisk[g][k];
            }
            if (d == 0) {
                continue;
            }
            for (int g = 0; g < groups; g++) {
                share[g] = (double) atRisk[g][k] / n;
                observedMinusExpected[g] += table.events[g][k] - d * share[g];
            }
            if (n < 2) {
                continue;
            }
            double spread = (double) d * (n - d) / (n - 1);
            for (int g = 0; g < groups; g++) {
                for (int h = 0; h < groups; h++) {
                    variance[g][h] += spread * share[g] * ((g == h ? 1 : 0) - share[h]);
                }
            }
        }
        return this;
    }

    /**
     * (O−E)ᵀ V⁻ (O−E) with V⁻ the generalised inverse and df its rank (k − 1 unless a group is never at risk at
     * an event); null when there is nothing to compare.
     */
    TestResult result() {
        RealMatrix v = new Array2DRowRealMatrix(variance);
        SingularValueDecomposition svd = new SingularValueDecomposition(v);
        int rank = svd.getRank();
        if (rank == 0) {
            return null;
        }
        RealVector u = new ArrayRealVector(observedMinusExpected);
        double chiSquare = svd.getSolver().getInverse().operate(u).dotProduct(u);
        return Double.isFinite(chiSquare) ? TestResult.of(chiSquare, rank) : null;
    }

    double[] observedMinusExpected() {
        return observedMinusExpected.clone();
    }
}

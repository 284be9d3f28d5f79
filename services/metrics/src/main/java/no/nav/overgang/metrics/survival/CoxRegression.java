package no.nav.overgang.metrics.survival;

/**
 * Cox proportional hazards for membership of the second of two groups, by Newton–Raphson on Efron's
 * approximation to the partial likelihood for tied event times (R's {@code coxph} default). With a binary
 * covariate the risk sets need only the numbers at risk per group, so every iteration is one sweep over the
 * distinct event times.
 */
public final class CoxRegression {

    private static final int MAX_ITERATIONS = 30;
    private static final int MAX_HALVINGS = 30;
    /** Relative change of the log partial likelihood at which iteration stops (R's default is 1e-9). */
    private static final double TOLERANCE = 1e-12;
    /** A fitted |β| beyond this (a hazard ratio beyond e^±20) means the maximum is at infinity. */
    private static final double MONOTONE_LIKELIHOOD = 20;

    private final int[] atRisk1;
    private final int[] atRisk2;
    private final int[] events1;
    private final int[] events2;

    private CoxRegression(int[] atRisk1, int[] atRisk2, int[] events1, int[] events2) {
        this.atRisk1 = atRisk1;
        this.atRisk2 = atRisk2;
        this.events1 = events1;
        this.events2 = events2;
    }

    /**
     * Null when the hazard ratio cannot be estimated: not exactly two groups, a group without events, or an
     * estimate at infinity.
     */
    static CoxResult fit(EventTable table, int[][] atRisk) {
        if (table.groups != 2) {
            return null;
        }
        int m = 0;
        int total1 = 0;
        int total2 = 0;
        for (int k = 0; k < table.times.length; k++) {
            if (table.events[0][k] + table.events[1][k] > 0) {
                m++;
            }
            total1 += table.events[0][k];
            total2 += table.events[1][k];
        }
        if (total1 == 0 || total2 == 0) {
            return null;
        }
        int[] n1 = new int[m];
        int[] n2 = new int[m];
        int[] d1 = new int[m];
        int[] d2 = new int[m];
        for (int k = 0, i = 0; k < table.times.length; k++) {
            if (table.events[0][k] + table.events[1][k] > 0) {
                n1[i] = atRisk[0][k];
                n2[i] = atRisk[1][k];
                d1[i] = table.events[0][k];
                d2[i] = table.events[1][k];
                i++;
            }
        }
        return new CoxRegression(n1, n2, d1, d2).fit();
    }

    private CoxResult fit() {
        Likelihood atZero = likelihood(0);
        if (!(atZero.information > 0)) {
            // at no event time were both groups at risk: the data say nothing about the ratio
            return null;
        }
        double beta = 0;
        Likelihood current = atZero;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double step = current.score / current.information;
            double next = beta + step;
            Likelihood candidate = likelihood(next);
            for (int halving = 0; halving < MAX_HALVINGS && !(candidate.logLikelihood >= current.logLikelihood); halving++) {
                step /= 2;
                next = beta + step;
                candidate = likelihood(next);
            }
            boolean converged = Math.abs(candidate.logLikelihood - current.logLikelihood)
                    <= TOLERANCE * Math.abs(current.logLikelihood);
            beta = next;
            current = candidate;
            if (converged) {
                break;
            }
        }
        double se = 1 / Math.sqrt(current.information);
        if (!Double.isFinite(beta) || !Double.isFinite(se) || Math.abs(beta) > MONOTONE_LIKELIHOOD) {
            // the likelihood keeps rising towards β = ±∞ (one group's events all precede the other's)
            return null;
        }
        double z = Distributions.Z_975;
        return new CoxResult(beta, se, Math.exp(beta), Math.exp(beta - z * se), Math.exp(beta + z * se),
                2 * (current.logLikelihood - atZero.logLikelihood), beta * beta * current.information,
                atZero.score * atZero.score / atZero.information);
    }

    /**
     * Efron's log partial likelihood at β, with its first and (negated) second derivative. At an event time with
     * d events the denominator is, for l = 0..d−1, the risk set's weight minus l/d of the weight of those who had
     * the event.
     */
    private Likelihood likelihood(double beta) {
        double risk = Math.exp(beta);
        double logLikelihood = 0;
        double score = 0;
        double information = 0;
        for (int i = 0; i < atRisk1.length; i++) {
            int d = events1[i] + events2[i];
            double weight = atRisk1[i] + atRisk2[i] * risk;
            double weightX = atRisk2[i] * risk;
            double eventWeight = events1[i] + events2[i] * risk;
            double eventWeightX = events2[i] * risk;
            logLikelihood += beta * events2[i];
            score += events2[i];
            for (int l = 0; l < d; l++) {
                double fraction = (double) l / d;
                double denominator = weight - fraction * eventWeight;
                double mean = (weightX - fraction * eventWeightX) / denominator;
                logLikelihood -= Math.log(denominator);
                score -= mean;
                // x is 0 or 1, so the weighted mean of x² equals that of x
                information += mean - mean * mean;
            }
        }
        return new Likelihood(logLikelihood, score, information);
    }

    private record Likelihood(double logLikelihood, double score, double information) {
    }
}

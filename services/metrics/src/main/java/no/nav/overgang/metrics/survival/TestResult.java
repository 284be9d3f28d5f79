package no.nav.overgang.metrics.survival;

/** A chi-square test: the statistic, its degrees of freedom and the p-value. */
public record TestResult(double chiSquare, int df, double p) {

    static TestResult of(double chiSquare, int df) {
        return new TestResult(chiSquare, df, Distributions.chiSquareP(chiSquare, df));
    }
}

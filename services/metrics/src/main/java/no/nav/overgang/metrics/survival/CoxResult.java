package no.nav.overgang.metrics.survival;

/**
 * Cox proportional hazards with one binary covariate (the second group against the first): the log hazard ratio
 * {@code coef}, its standard error, the hazard ratio with its 95% interval, and the likelihood-ratio, Wald and
 * score chi-square statistics (1 df) of no difference.
 */
public record CoxResult(double coef, double stdErr, double hazardRatio, double lower, double upper,
                        double likelihoodRatio, double wald, double score) {
}

package no.nav.overgang.metrics.survival;

/**
 * One step of a Kaplan–Meier curve: at {@code time}, {@code atRisk} cases were still followed and {@code events}
 * had the event; {@code survival} is the estimate just after, {@code stdErr} its Greenwood standard error and
 * {@code lower}/{@code upper} the log-transformed 95% interval. The last three are null where the curve has
 * reached zero (the Greenwood variance is undefined there, as in R's survfit).
 */
public record CurvePoint(double time, int atRisk, int events, double survival, Double stdErr, Double lower,
                         Double upper) {
}

package no.nav.overgang.metrics.survival;

import java.util.List;

/**
 * A group's Kaplan–Meier curve and its median time with 95% interval; a median or limit the curve does not reach
 * is null. The curve has a point at every distinct time of the group, censored times included.
 */
public record GroupSurvival(String group, int n, int events, Double median, Double medianLower, Double medianUpper,
                            List<CurvePoint> curve) {
}

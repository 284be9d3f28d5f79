package no.nav.overgang.metrics.counts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param smallestShownCell counts below this are shown to evaluators as suppressed, so that no person can be
 *                          singled out from a small cell
 */
@ConfigurationProperties("overgang.metrics")
public record MetricsProperties(int smallestShownCell) {
}

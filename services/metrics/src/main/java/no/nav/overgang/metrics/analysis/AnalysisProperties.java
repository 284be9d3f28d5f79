package no.nav.overgang.metrics.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxCsvSize the largest CSV body {@code POST /api/analysis/survival} reads (a million cases of whole days
 *                   take about 20 MB)
 */
@ConfigurationProperties("overgang.metrics.analysis")
public record AnalysisProperties(DataSize maxCsvSize) {
}

package no.nav.overgang.metrics.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The evaluators' dashboard.
 *
 * @param minimumCasesPerGroup a comparison whose smaller group has fewer cases than this shows no estimates at all
 *                             (small-cell rule, docs/PRIVACY.md)
 * @param tauDays              the horizon of the restricted mean time to clarification, in days from cohort entry
 *                             (lowered to the shortest follow-up of the groups compared when that is shorter)
 * @param atRiskEveryDays      the days between the columns of the numbers-at-risk table under a plot
 * @param cachedViews          how many computed dashboards (per analysis date, filters and data version) are kept
 * @param refreshCheckEvery    how often, at most, a request looks for a newer version of the analysis dataset
 */
@ConfigurationProperties("overgang.metrics.dashboard")
public record DashboardProperties(int minimumCasesPerGroup, int tauDays, int atRiskEveryDays, int cachedViews,
                                  Duration refreshCheckEvery) {
}

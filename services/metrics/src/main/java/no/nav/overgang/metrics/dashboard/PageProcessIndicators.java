package no.nav.overgang.metrics.dashboard;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import no.nav.overgang.metrics.process.ProcessFilter;
import no.nav.overgang.metrics.process.ProcessIndicators;
import no.nav.overgang.metrics.process.ProcessIndicatorsService;

/**
 * The process indicators of the evaluators' page, computed at most once per {@code refresh-check-every} and filter
 * however many evaluators look, like the curves above them ({@link AnalysisSnapshots}): each computation is four
 * aggregate queries over every step of the pilot, which per page view was the page's largest wait under load
 * (docs/PERFORMANCE.md, "Load"). The first request for a filter computes them (concurrent requests for it wait for
 * that one computation); after that, a request finding them older than {@code refresh-check-every} is answered with
 * them and starts a recomputation in the background, so no request waits for one. Indicators nobody asked for in
 * {@link #FORGOTTEN_AFTER} are dropped and computed afresh. The API ({@code GET /api/metrics/process}) always
 * computes.
 */
@Component
public class PageProcessIndicators {

    static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(1);

    private final LoadingCache<ProcessFilter, ProcessIndicators> cache;

    public PageProcessIndicators(ProcessIndicatorsService service, DashboardProperties properties) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(properties.cachedViews())
                .refreshAfterWrite(properties.refreshCheckEvery())
                .expireAfterAccess(FORGOTTEN_AFTER)
                .build(service::current);
    }

    public ProcessIndicators current(ProcessFilter filter) {
        return cache.get(filter);
    }
}

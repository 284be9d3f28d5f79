package no.nav.overgang.metrics.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import no.nav.overgang.metrics.counts.MetricsProperties;

/**
 * The evaluators' dashboard, computed per analysis date, filters and version of the analysis dataset, and kept in
 * a small cache under exactly that key: the same question on the same data is answered from memory, and new data
 * (a new version) is never answered from an old entry.
 */
@Service
public class Dashboard {

    private final AnalysisSnapshots snapshots;
    private final DashboardAnalysis analysis;
    private final Map<Key, DashboardView> cache;

    public Dashboard(AnalysisSnapshots snapshots, DashboardProperties properties, MetricsProperties metrics) {
        this.snapshots = snapshots;
        this.analysis = new DashboardAnalysis(new SmallCells(metrics.smallestShownCell(),
                Math.max(properties.minimumCasesPerGroup(), metrics.smallestShownCell())), properties);
        int capacity = properties.cachedViews();
        this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, DashboardView> eldest) {
                return size() > capacity;
            }
        };
    }

    public DashboardView view(DashboardFilter filter) {
        AnalysisSnapshot snapshot = snapshots.current();
        Key key = new Key(filter, snapshot.version);
        synchronized (cache) {
            DashboardView cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        DashboardView view = analysis.build(snapshot, filter);
        synchronized (cache) {
            cache.put(key, view);
        }
        return view;
    }

    private record Key(DashboardFilter filter, long version) {
    }
}

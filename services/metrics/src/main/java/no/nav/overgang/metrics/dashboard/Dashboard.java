package no.nav.overgang.metrics.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import no.nav.overgang.metrics.counts.MetricsProperties;

/**
 * The evaluators' dashboard, computed per analysis date, filters and version of the analysis dataset, and kept in
 * a small cache under exactly that key: the same question on the same data is answered from memory, and new data
 * (a new version) is never answered from an old entry. The unfiltered view of today, what the page shows first, is
 * computed in the background when new data is loaded, before requests see it.
 */
@Service
public class Dashboard {

    /** The pilot's dates are Norwegian. */
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final AnalysisSnapshots snapshots;
    private final DashboardAnalysis analysis;
    private final Map<Key, DashboardView> cache;
    private final DashboardProperties properties;
    private final Clock clock;

    public Dashboard(AnalysisSnapshots snapshots, DashboardProperties properties, MetricsProperties metrics,
                     Clock clock) {
        this.snapshots = snapshots;
        this.properties = properties;
        this.clock = clock;
        this.analysis = new DashboardAnalysis(new SmallCells(metrics.smallestShownCell(),
                Math.max(properties.minimumCasesPerGroup(), metrics.smallestShownCell())), properties);
        int capacity = properties.cachedViews();
        this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, DashboardView> eldest) {
                return size() > capacity;
            }
        };
        snapshots.prepareWith(this::prepare);
    }

    /** Today's unfiltered view of a reloaded snapshot, computed before requests see the snapshot. */
    private void prepare(AnalysisSnapshot snapshot) {
        DashboardFilter unfiltered = DashboardFilter.unfiltered(LocalDate.now(clock.withZone(OSLO)),
                properties.tauDays());
        DashboardView view = analysis.build(snapshot, unfiltered);
        synchronized (cache) {
            cache.put(new Key(unfiltered, snapshot.version), view);
        }
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

    /** Whether the view of {@code filter} on data version {@code version} is computed and kept. */
    boolean holds(DashboardFilter filter, long version) {
        synchronized (cache) {
            return cache.containsKey(new Key(filter, version));
        }
    }

    private record Key(DashboardFilter filter, long version) {
    }
}

package no.nav.overgang.metrics.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.metrics.dataset.AnalysisCases;
import no.nav.overgang.metrics.dataset.EndType;

/**
 * The analysis dataset in memory for the dashboard, at its latest version. It is loaded in the background when the
 * service has started (a request before that loads it itself); after that
 * a request that finds a newer version (looked up at most every {@code refresh-check-every}) starts a reload in the
 * background and is answered from the version in memory, so that no request waits for a reload. Version and rows
 * are read in one repeatable-read transaction, so they belong together.
 */
@Component
public class AnalysisSnapshots {

    private static final Logger log = LoggerFactory.getLogger(AnalysisSnapshots.class);

    private final AnalysisCases cases;
    private final TransactionTemplate readOnly;
    private final DashboardProperties properties;
    private final Clock clock;
    private final ExecutorService reloader = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("dashboard-snapshot-reload").daemon().factory());
    private final AtomicBoolean reloading = new AtomicBoolean();
    private volatile AnalysisSnapshot snapshot;
    private volatile Instant lastCheck = Instant.MIN;
    private volatile Consumer<AnalysisSnapshot> prepare = loaded -> {
    };

    public AnalysisSnapshots(AnalysisCases cases, PlatformTransactionManager transactions,
                             DashboardProperties properties, Clock clock) {
        this.cases = cases;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Work to do on a reloaded snapshot in the background before requests see it (the dashboard computes its
     * unfiltered view), so that the first request after new data does not compute it while the user waits.
     */
    void prepareWith(Consumer<AnalysisSnapshot> work) {
        this.prepare = work;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInTheBackground() {
        reloader.execute(() -> {
            try {
                first();
            } catch (RuntimeException e) {
                log.warn("Could not load the analysis dataset for the dashboard; the first request will try again", e);
            }
        });
    }

    private synchronized AnalysisSnapshot first() {
        if (snapshot == null) {
            AnalysisSnapshot loaded = load();
            prepared(loaded);
            snapshot = loaded;
        }
        return snapshot;
    }

    AnalysisSnapshot current() {
        AnalysisSnapshot current = snapshot;
        if (current == null) {
            return first();
        }
        Instant now = clock.instant();
        if (now.isAfter(lastCheck.plus(properties.refreshCheckEvery()))) {
            lastCheck = now;
            long version = readOnly.execute(status -> cases.version());
            if (version != current.version && reloading.compareAndSet(false, true)) {
                reloader.execute(() -> {
                    try {
                        AnalysisSnapshot loaded = load();
                        prepared(loaded);
                        snapshot = loaded;
                    } catch (RuntimeException e) {
                        log.warn("Could not reload the analysis dataset for the dashboard", e);
                    } finally {
                        reloading.set(false);
                    }
                });
            }
        }
        return current;
    }

    private void prepared(AnalysisSnapshot loaded) {
        try {
            prepare.accept(loaded);
        } catch (RuntimeException e) {
            log.warn("Could not prepare the dashboard for version {}; the first request computes it", loaded.version, e);
        }
    }

    private AnalysisSnapshot load() {
        long started = System.nanoTime();
        AnalysisSnapshot loaded = readOnly.execute(status -> {
            long version = cases.version();
            AnalysisSnapshot.Builder builder = new AnalysisSnapshot.Builder();
            cases.forEachAnalysable(rs -> {
                var end = rs.getDate(6);
                String endType = rs.getString(7);
                builder.add(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getString(9),
                        rs.getDate(5).toLocalDate(), end == null ? null : end.toLocalDate(),
                        Outcome.of(endType == null ? null : EndType.valueOf(endType), rs.getString(8)));
            });
            return builder.build(version, clock.instant());
        });
        log.info("Loaded {} cases of the analysis dataset (version {}) for the dashboard in {} ms", loaded.size,
                loaded.version, (System.nanoTime() - started) / 1_000_000);
        return loaded;
    }

    @PreDestroy
    void stop() {
        reloader.shutdownNow();
    }
}

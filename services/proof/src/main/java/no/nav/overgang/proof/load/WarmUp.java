package no.nav.overgang.proof.load;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The warm-up before the measurement: a few users on every kind of page while the milestones already flow, so that
 * the services' JVMs have compiled their hot paths (and filled their pools and caches) before the measured users
 * come. It runs in rounds of {@link #ROUND} and ends when the page times have {@link #settled settled}, or at the
 * limit. Every view of the warm-up is counted and printed, its errors included; none of it enters the measurement.
 */
final class WarmUp {

    static final Duration ROUND = Duration.ofSeconds(15);
    /** A page's round p95 may differ from the round before by this share, or by {@link #SLACK_MILLIS}. */
    static final double TOLERANCE = 0.25;
    static final double SLACK_MILLIS = 25;

    private WarmUp() {
    }

    /** What the warm-up did: all its views, its rounds, and whether it settled before the limit. */
    record Result(PageTimes all, int rounds, boolean settled, Duration took) {
    }

    static Result run(List<PageUser> users, HttpClient http, Duration thinkTime, Duration limit, PrintStream out)
            throws InterruptedException {
        PageTimes all = new PageTimes();
        if (users.isEmpty() || limit.isZero()) {
            return new Result(all, 0, false, Duration.ZERO);
        }
        Set<String> kinds = pageKinds(users);
        AtomicBoolean going = new AtomicBoolean(true);
        AtomicReference<PageTimes> round = new AtomicReference<>(new PageTimes());
        PageUser.Sink both = (role, page, nanos, error) -> {
            all.record(role, page, nanos, error);
            round.get().record(role, page, nanos, error);
        };
        out.printf("%nwarm-up: %d users on %d kinds of page, rounds of %d s, until the p95 of every page settles "
                + "(within %.0f %% or %.0f ms of the round before, no errors) or for at most %d s%n", users.size(),
                kinds.size(), ROUND.toSeconds(), TOLERANCE * 100, SLACK_MILLIS, limit.toSeconds());
        long started = System.nanoTime();
        int rounds = 0;
        boolean settled = false;
        try (ExecutorService clicks = Executors.newVirtualThreadPerTaskExecutor()) {
            for (PageUser user : users) {
                clicks.submit(() -> {
                    user.run(http, going::get, thinkTime, both);
                    return null;
                });
            }
            Map<String, PageTimes.Summary> previous = null;
            while (!settled && System.nanoTime() - started < limit.toNanos()) {
                // a round is a span of wall time the users click through; its page times are then compared with the last round's
                Thread.sleep(Math.min(ROUND.toMillis(),
                        Math.max(1, (limit.toNanos() - (System.nanoTime() - started)) / 1_000_000)));
                Map<String, PageTimes.Summary> current = round.getAndSet(new PageTimes()).summaries();
                rounds++;
                print(out, rounds, current);
                settled = previous != null && settled(previous, current, kinds);
                previous = current;
            }
            going.set(false);
            // the views in flight end within the page timeout; they are counted in the warm-up's totals
            clicks.shutdown();
            clicks.awaitTermination(PageUser.PAGE_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        }
        return new Result(all, rounds, settled, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Settled: in this round every kind of page was viewed, none failed, and each page's p95 is within
     * {@link #TOLERANCE} (or {@link #SLACK_MILLIS}) of its p95 in the round before.
     */
    static boolean settled(Map<String, PageTimes.Summary> previous, Map<String, PageTimes.Summary> current,
                           Set<String> kinds) {
        for (String kind : kinds) {
            PageTimes.Summary before = previous.get(kind);
            PageTimes.Summary now = current.get(kind);
            if (before == null || now == null || !now.errors().isEmpty() || !before.errors().isEmpty()) {
                return false;
            }
            if (Math.abs(now.p95Millis() - before.p95Millis())
                    > Math.max(SLACK_MILLIS, TOLERANCE * before.p95Millis())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> pageKinds(List<PageUser> users) {
        return users.stream().flatMap(user -> user.pages().stream()
                        .map(url -> java.net.URI.create(url).getPath() + " (" + user.role() + ")"))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private static void print(PrintStream out, int round, Map<String, PageTimes.Summary> summaries) {
        StringBuilder line = new StringBuilder("  round %2d:".formatted(round));
        summaries.forEach((page, s) -> line.append("  %s %d views/%d errors p50 %.0f p95 %.0f ms".formatted(
                page.substring(0, page.indexOf(' ')), s.views(),
                s.errors().values().stream().mapToInt(Integer::intValue).sum(), s.p50Millis(), s.p95Millis())));
        out.println(line);
    }
}

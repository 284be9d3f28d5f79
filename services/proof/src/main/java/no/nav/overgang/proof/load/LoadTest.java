package no.nav.overgang.proof.load;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import no.nav.overgang.proof.benchmark.Benchmark;
import no.nav.overgang.proof.benchmark.BusinessPeriods;
import no.nav.overgang.proof.benchmark.ConsumerLag;
import no.nav.overgang.proof.benchmark.ResourceSampler;
import no.nav.overgang.proof.benchmark.SteadyFeed;
import no.nav.overgang.proof.benchmark.Systems;
import no.nav.overgang.proof.benchmark.SystemUnderTest;

/**
 * The load test of issue 8: simulated users on the pages (NAV office advisers, benefits caseworkers, evaluators,
 * each with a token from the system's own issuer) for a bounded time while milestones flow at a steady rate, on
 * loopback only. Prints errors and p50/p95 page times per page, and each service's heap over time.
 * See docs/PERFORMANCE.md.
 */
public final class LoadTest {

    private static final List<String> OFFICES = List.of("0315", "0312", "1201");

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = Benchmark.figuresOnStdout();
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        out.printf("%novergang load test  %s  %d cores  load average %.1f at start%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                Benchmark.loadAverage());
        out.printf("%d users for %s while %,.0f milestones/s flow; think time %d ms; warm-up %d users for at most %d s%n",
                options.users(), options.duration(), options.rate(), options.thinkTime().toMillis(),
                options.warmUpUsers(), options.warmUpLimit().toSeconds());
        try (SystemUnderTest system = Systems.start(SystemUnderTest.SERVICES, 3, 6,
                options.inProcess(), infrastructure -> { })) {
            out.println("system: " + system.description());
            System.err.println("  seeding " + options.seedCases() + " cases so the pages have data ...");
            // the seed takes the oldest business-time period, and the flow the ones after it (BusinessPeriods)
            SteadyFeed.feedAndAwait(system, BusinessPeriods.simulate(options.seedCases(), 7, BusinessPeriods.OLDEST),
                    SystemUnderTest.SERVICES);
            List<PageUser> users = users(system, options.users());
            try (SteadyFeed feed = new SteadyFeed(system, options.rate(), 1_000, BusinessPeriods.OLDEST - 1);
                 HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                         .executor(Executors.newVirtualThreadPerTaskExecutor()).build()) {
                // the milestones flow from here on; the warm-up users come first, then the measured ones
                WarmUp.Result warmUp = WarmUp.run(users.subList(0, options.warmUpUsers()), http,
                        options.thinkTime(), options.warmUpLimit(), out);
                reportWarmUp(out, warmUp);
                measure(out, system, options, users, feed, http);
            }
        }
        System.exit(0);
    }

    private static void measure(PrintStream out, SystemUnderTest system, LoadOptions options, List<PageUser> users,
                                SteadyFeed feed, HttpClient http) throws InterruptedException {
        PageTimes times = new PageTimes();
        double loadBefore = Benchmark.loadAverage();
        long sentBefore = feed.milestonesSent();
        long started = System.nanoTime();
        long deadline = started + options.duration().toNanos();
        out.printf("%nmeasured: %d users for %s%n", users.size(), options.duration());
        try (ResourceSampler resources = new ResourceSampler(system, Duration.ofSeconds(5));
             ExecutorService clicks = Executors.newVirtualThreadPerTaskExecutor()) {
            for (PageUser user : users) {
                clicks.submit(() -> {
                    user.run(http, () -> System.nanoTime() < deadline, options.thinkTime(), times);
                    return null;
                });
            }
            while (System.nanoTime() < deadline) {
                // the progress line is redrawn once a second while the users click
                Thread.sleep(1_000);
                System.err.printf("\r  load  %3.0f%%  %,d page views, %,d errors, %,d milestones sent   ",
                        100.0 * (System.nanoTime() - started) / options.duration().toNanos(), times.views(),
                        times.errors(), feed.milestonesSent());
            }
            clicks.shutdown();
            clicks.awaitTermination(PageUser.PAGE_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.println();
            report(out, times, resources.usage(), (feed.milestonesSent() - sentBefore) / seconds, loadBefore);
            out.println("records each service had still to read at the end (it kept up if these are small): "
                    + ConsumerLag.of(system, SystemUnderTest.SERVICES));
            if (feed.latePeriods() > 0) {
                out.printf("note: the feed used up its business-time periods; %d chunks of late milestones followed%n",
                        feed.latePeriods());
            }
        }
    }

    private static void reportWarmUp(PrintStream out, WarmUp.Result warmUp) {
        if (warmUp.rounds() == 0) {
            out.println("\nno warm-up: the measurement starts on cold JVMs");
            return;
        }
        out.printf("%nwarm-up, not part of the measurement: %d rounds in %d s, %s%n", warmUp.rounds(),
                warmUp.took().toSeconds(), warmUp.settled() ? "settled" : "stopped at the limit without settling");
        table(out, warmUp.all());
    }

    private static List<PageUser> users(SystemUnderTest system, int count) {
        Map<String, List<String>> pages = PageUser.pagesByRole(system.serviceUrls());
        List<String> roles = List.of("nav-office-adviser", "nav-office-adviser", "benefits-caseworker", "evaluator");
        List<PageUser> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String role = roles.get(i % roles.size());
            List<String> offices = switch (role) {
                case "nav-office-adviser" -> List.of(OFFICES.get(i % OFFICES.size()));
                case "benefits-caseworker" -> List.of("4402");
                default -> List.of();
            };
            String ident = "Z99%04d".formatted(1000 + i);
            users.add(new PageUser(role, pages.get(role),
                    "overgang-token=" + system.token(ident, List.of(role), offices)));
        }
        return users;
    }

    /** The views, errors, p50 and p95 per page and over all pages; returns the p95 over all pages. */
    private static double table(PrintStream out, PageTimes times) {
        out.printf("%n  %-48s %7s %7s %9s %9s%n", "page (role)", "views", "errors", "p50 ms", "p95 ms");
        times.summaries().forEach((page, s) -> out.printf("  %-48s %,7d %,7d %9.0f %9.0f%s%n", page, s.views(),
                s.errors().values().stream().mapToInt(Integer::intValue).sum(), s.p50Millis(), s.p95Millis(),
                s.errors().isEmpty() ? "" : "  " + s.errors()));
        long[] all = times.all();
        double p95 = PageTimes.percentile(all, 95);
        out.printf("  %-48s %,7d %,7d %9.0f %9.0f%n", "all pages", all.length, times.errors(),
                PageTimes.percentile(all, 50), p95);
        return p95;
    }

    private static void report(PrintStream out, PageTimes times, Map<String, ResourceSampler.Usage> usage,
                               double milestonesPerSecond, double loadBefore) {
        out.printf("%nmilestones flowing: %,.0f/s (load average %.1f before, %.1f at the end)%n", milestonesPerSecond,
                loadBefore, Benchmark.loadAverage());
        double p95 = table(out, times);
        out.printf("  target: no errors: %s; p95 ≤ 300 ms: %s%n", times.errors() == 0 ? "met" : "missed",
                p95 <= 300 ? "met" : "missed (%.0f ms)".formatted(p95));
        out.println("\nheap per service over time (MB; first, quarter, half, three quarters, last sample):");
        usage.forEach((service, u) -> {
            List<double[]> heap = u.heapOverTime();
            if (heap.isEmpty()) {
                return;
            }
            StringBuilder line = new StringBuilder();
            for (double at : new double[] {0, 0.25, 0.5, 0.75, 1}) {
                line.append("%7.0f".formatted(heap.get((int) Math.round(at * (heap.size() - 1)))[1] / 1e6));
            }
            out.printf("  %-12s %s   peak %.0f%n", service, line, u.peakHeapBytes() / 1e6);
        });
    }
}

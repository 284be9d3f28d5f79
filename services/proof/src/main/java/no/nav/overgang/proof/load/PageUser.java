package no.nav.overgang.proof.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * One simulated person on the pages: opens one of the pages of their role, as a browser does (the login cookie),
 * waits a think time, and again, while the phase lasts. Every page view is timed from the request to the last byte
 * of the page and recorded with its outcome: a view is an error when it is not a 200, when the page is cut off (no
 * {@code </html>}: a template that fails after the headers were sent), or when the whole page took longer than
 * {@link #PAGE_TIMEOUT}.
 *
 * @param role     what the person does, for the report
 * @param pages    the page URLs of the role
 * @param cookie   the login cookie with a token from the system's issuer
 */
record PageUser(String role, List<String> pages, String cookie) {

    static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);

    /** Where a user's page views go. */
    interface Sink {
        void record(String role, String page, long nanos, String error);
    }

    void run(HttpClient http, BooleanSupplier going, Duration thinkTime, Sink times) throws InterruptedException {
        // users do not arrive in step: each starts within one think time
        Thread.sleep(ThreadLocalRandom.current().nextLong(thinkTime.toMillis() + 1));
        while (going.getAsBoolean()) {
            String page = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(page)).timeout(PAGE_TIMEOUT)
                    .header("Cookie", cookie).header("Accept", "text/html").GET().build();
            long started = System.nanoTime();
            String error = view(http, request);
            times.record(role, path(page), System.nanoTime() - started, error);
            // think time, spread so that the users do not click in step
            Thread.sleep((long) (thinkTime.toMillis() * (0.5 + ThreadLocalRandom.current().nextDouble())));
        }
    }

    /** One page view, the body included, bounded by {@link #PAGE_TIMEOUT}; {@code null} when it went well. */
    private static String view(HttpClient http, HttpRequest request) throws InterruptedException {
        CompletableFuture<HttpResponse<String>> response = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> page = response.get(PAGE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (page.statusCode() != 200) {
                return "HTTP " + page.statusCode();
            }
            return page.body().contains("</html>") ? null : "page cut off";
        } catch (TimeoutException e) {
            response.cancel(true);
            return "timeout " + PAGE_TIMEOUT.toSeconds() + " s";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause instanceof java.net.http.HttpTimeoutException ? "timeout " + PAGE_TIMEOUT.toSeconds() + " s"
                    : cause.getClass().getSimpleName();
        }
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    /** The pages of each role, on the services that serve them. */
    static Map<String, List<String>> pagesByRole(Map<String, String> urls) {
        return Map.of(
                "nav-office-adviser", List.of(urls.get("conference") + "/sider/samarbeidsmoter",
                        urls.get("handover") + "/sider/returnerte"),
                "benefits-caseworker", List.of(urls.get("handover") + "/sider/innboks"),
                "evaluator", List.of(urls.get("metrics") + "/sider/evaluering"));
    }
}

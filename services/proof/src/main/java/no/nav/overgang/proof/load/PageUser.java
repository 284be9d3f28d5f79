package no.nav.overgang.proof.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One simulated person on the pages: opens one of the pages of their role, as a browser does (the login cookie),
 * waits a think time, and again, until the deadline. Every page view is timed and recorded with its outcome.
 *
 * @param role     what the person does, for the report
 * @param pages    the page URLs of the role
 * @param cookie   the login cookie with a token from the system's issuer
 */
record PageUser(String role, List<String> pages, String cookie) {

    void run(HttpClient http, long deadlineNanos, Duration thinkTime, PageTimes times) throws InterruptedException {
        while (System.nanoTime() < deadlineNanos) {
            String page = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(page)).timeout(Duration.ofSeconds(30))
                    .header("Cookie", cookie).header("Accept", "text/html").GET().build();
            long started = System.nanoTime();
            String error;
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                error = response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
            } catch (java.io.IOException e) {
                error = e.getClass().getSimpleName();
            }
            times.record(role, path(page), System.nanoTime() - started, error);
            // think time, spread so that the users do not click in step
            Thread.sleep((long) (thinkTime.toMillis() * (0.5 + ThreadLocalRandom.current().nextDouble())));
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

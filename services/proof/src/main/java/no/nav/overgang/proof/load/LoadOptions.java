package no.nav.overgang.proof.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import no.nav.overgang.proof.benchmark.Arguments;

/**
 * The load test's arguments, {@code --name=value}.
 *
 * @param users         simulated users on the pages (bounded: at most 200)
 * @param duration      how long they click, measured (bounded: at most 60 minutes)
 * @param rate          milestones per second flowing through the system meanwhile
 * @param thinkTime     pause between one user's page views
 * @param seedCases     cases fed before the users start, so the pages have data
 * @param inProcess     all services in this JVM instead of one process each
 * @param warmUpUsers   users of the warm-up before the measurement (at most {@code users}; 0: no warm-up)
 * @param warmUpLimit   the longest warm-up: it ends earlier when the page times have settled (at most 10 minutes)
 */
record LoadOptions(int users, Duration duration, double rate, Duration thinkTime, int seedCases, boolean inProcess,
                   int warmUpUsers, Duration warmUpLimit) {

    static final List<String> KNOWN = List.of("users", "minutes", "seconds", "rate", "think-ms", "seed-cases",
            "in-process", "warmup-users", "warmup-seconds");

    static LoadOptions parse(String[] args) {
        Map<String, String> given = Arguments.parse(args, KNOWN);
        Duration duration = given.containsKey("seconds") ? Duration.ofSeconds(Long.parseLong(given.get("seconds")))
                : Duration.ofMinutes(Long.parseLong(given.getOrDefault("minutes", "10")));
        int users = Integer.parseInt(given.getOrDefault("users", "50"));
        LoadOptions options = new LoadOptions(users, duration,
                Double.parseDouble(given.getOrDefault("rate", "1000")),
                Duration.ofMillis(Long.parseLong(given.getOrDefault("think-ms", "1000"))),
                Integer.parseInt(given.getOrDefault("seed-cases", "2000")),
                Boolean.parseBoolean(given.getOrDefault("in-process", "false")),
                Integer.parseInt(given.getOrDefault("warmup-users", Integer.toString(Math.min(8, users)))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup-seconds", "180"))));
        if (options.users < 1 || options.users > 200 || duration.isNegative() || duration.toMinutes() > 60
                || options.rate < 0 || options.seedCases < 0) {
            throw new IllegalArgumentException("1 ≤ --users ≤ 200, duration ≤ 60 minutes, --rate ≥ 0");
        }
        if (options.warmUpUsers < 0 || options.warmUpUsers > users || options.warmUpLimit.isNegative()
                || options.warmUpLimit.toMinutes() > 10) {
            throw new IllegalArgumentException("0 ≤ --warmup-users ≤ --users, --warmup-seconds ≤ 600");
        }
        return options;
    }
}

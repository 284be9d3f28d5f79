package no.nav.overgang.proof.faults;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import no.nav.overgang.events.Topics;
import no.nav.overgang.proof.launch.Cluster;
import no.nav.overgang.proof.launch.ClusterOptions;
import no.nav.overgang.simulator.Publisher;
import no.nav.overgang.simulator.SourceRecord;
import no.nav.overgang.stack.ServiceKind;

/**
 * One run of the history on a fresh cluster: publish it in chunks, after each chunk (in the faulted run) inject the
 * next fault once its victim is busy, let the system settle, hold the chosen conferences (in the faulted run
 * killing the handover service while it creates the handovers), settle again and read what it left behind.
 */
final class Replay {

    /** The faults while the history flows, one after each chunk; the handover service is killed later. */
    static final List<Fault> DURING_REPLAY = List.of(
            new Fault.KillService(ServiceKind.INTAKE),
            new Fault.KillService(ServiceKind.COORDINATOR),
            new Fault.KillService(ServiceKind.CONFERENCE),
            new Fault.KillService(ServiceKind.METRICS),
            new Fault.RestartKafka(),
            new Fault.RestartPostgres());
    /** While the outcomes of the held conferences become handovers. */
    static final Fault DURING_HANDOVERS = new Fault.KillService(ServiceKind.HANDOVER);

    private static final Duration BUSY_WITHIN = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(3);

    private Replay() {
    }

    static RunResult run(String name, FaultHistory history, Path dataDir, ClusterOptions options, boolean faults,
                         int conferences, Duration settleWithin, PrintStream out) throws Exception {
        long started = System.nanoTime();
        List<String> injected = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Cluster cluster = Cluster.start(dataDir, options);
             Backlog backlog = new Backlog(cluster.endpoints());
             Publisher publisher = new Publisher(cluster.endpoints().kafkaBootstrapServers())) {
            out.printf("[%s] system up in %.0f s (PostgreSQL %s); publishing %,d records in %d chunks%n", name,
                    seconds(started), cluster.postgresDurability(), history.records().size(),
                    DURING_REPLAY.size() + 1);
            List<List<SourceRecord>> chunks = chunks(history.records(), DURING_REPLAY.size() + 1);
            List<CompletableFuture<Void>> recovering = new ArrayList<>();
            for (int i = 0; i < chunks.size(); i++) {
                publisher.publish(chunks.get(i), 0, null);
                if (faults && i < DURING_REPLAY.size()) {
                    Fault fault = DURING_REPLAY.get(i);
                    if (!(fault instanceof Fault.KillService)) {
                        // the broker and the database go down only once every killed service is back: a service
                        // starting without them exits, which is not the fault under test
                        CompletableFuture.allOf(recovering.toArray(CompletableFuture[]::new)).join();
                    }
                    recovering.add(inject(fault, cluster, backlog, name, started, out, injected));
                }
            }
            CompletableFuture.allOf(recovering.toArray(CompletableFuture[]::new)).join();
            out.printf("[%s] published at %.0f s; waiting for the system to settle%n", name, seconds(started));
            backlog.awaitSettled(QUIET, settleWithin);
            out.printf("[%s] settled at %.0f s; holding %d conferences%n", name, seconds(started), conferences);
            List<String> held = new ConferenceDriver(cluster).holdFirst(conferences, history.asOf());
            if (faults) {
                inject(DURING_HANDOVERS, cluster, backlog, name, started, out, injected).join();
            }
            backlog.awaitSettled(QUIET, settleWithin);
            Duration wall = Duration.ofNanos(System.nanoTime() - started);
            out.printf("[%s] settled at %.0f s; reading what it left behind%n", name, seconds(started));
            return new RunResult(name, readTopics(cluster), dataset(cluster, history), perCase(cluster,
                    "select case_key, count(*) from conference.conference group by case_key"),
                    perCase(cluster, "select conference_id::text, count(*) from handover.handover group by conference_id"),
                    held, injected, wall);
        }
    }

    private static CompletableFuture<Void> inject(Fault fault, Cluster cluster, Backlog backlog, String name,
                                                  long started, PrintStream out, List<String> injected) {
        boolean busy = fault instanceof Fault.KillService kill
                ? backlog.awaitBusy(kill.kind(), BUSY_WITHIN)
                : backlog.awaitAnyBusy(BUSY_WITHIN);
        String hit = fault instanceof Fault.KillService kill ? "lag " + lagOrUnknown(backlog, kill.kind())
                : busy ? "while busy" : "while idle";
        long at = System.nanoTime();
        String line = "%s (%s)".formatted(fault, hit);
        out.printf("[%s] %.0f s: %s%n", name, seconds(started), line);
        return fault.inject(cluster).thenRun(() -> {
            String done = "%s, whole again after %.1f s".formatted(line, (System.nanoTime() - at) / 1e9);
            injected.add(done);
            out.printf("[%s] %.0f s: %s%n", name, seconds(started), done);
        });
    }

    private static String lagOrUnknown(Backlog backlog, ServiceKind kind) {
        try {
            return "%,d".formatted(backlog.lag(kind));
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static List<List<SourceRecord>> chunks(List<SourceRecord> records, int count) {
        List<List<SourceRecord>> chunks = new ArrayList<>();
        int size = (records.size() + count - 1) / count;
        for (int from = 0; from < records.size(); from += size) {
            chunks.add(records.subList(from, Math.min(records.size(), from + size)));
        }
        return chunks;
    }

    private static Map<String, List<Event>> readTopics(Cluster cluster) {
        Map<String, List<Event>> topics = new LinkedHashMap<>();
        for (var topic : List.of(Topics.MILESTONES, Topics.CASES, Topics.CONFERENCES, Topics.HANDOVERS,
                Topics.MILESTONE_DEAD_LETTERS, Topics.DEAD_LETTERS)) {
            topics.put(topic.name(), TopicReader.readAll(cluster.endpoints().kafkaBootstrapServers(), topic.name()));
        }
        return topics;
    }

    private static List<String> dataset(Cluster cluster, FaultHistory history) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cluster.baseUrl(ServiceKind.METRICS)
                        + "/api/analysis/dataset?asOf=" + history.asOf()))
                .header("Authorization", cluster.bearer("Z990030", List.of("statistician"), List.of()))
                .timeout(Duration.ofMinutes(2)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the analysis dataset answered " + response.statusCode() + ": "
                    + response.body());
        }
        List<String> lines = new ArrayList<>(response.body().lines().skip(1).toList());
        lines.sort(null);
        return lines;
    }

    private static Map<String, Integer> perCase(Cluster cluster, String sql) throws Exception {
        var endpoints = cluster.endpoints();
        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.dbUsername(),
                endpoints.dbPassword()); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            Map<String, Integer> counts = new HashMap<>();
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
            return counts;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

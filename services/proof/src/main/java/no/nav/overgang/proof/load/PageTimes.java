package no.nav.overgang.proof.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Page times and errors per page, collected from every simulated user. */
final class PageTimes implements PageUser.Sink {

    private final Map<String, List<Long>> nanosByPage = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> errorsByPage = new ConcurrentHashMap<>();

    @Override
    public void record(String role, String page, long nanos, String error) {
        String key = page + " (" + role + ")";
        nanosByPage.computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(nanos);
        if (error != null) {
            errorsByPage.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).merge(error, 1, Integer::sum);
        }
    }

    long views() {
        return nanosByPage.values().stream().mapToLong(List::size).sum();
    }

    long errors() {
        return errorsByPage.values().stream().flatMap(m -> m.values().stream()).mapToLong(Integer::longValue).sum();
    }

    /** Per page: views, errors, p50 and p95 in milliseconds. */
    Map<String, Summary> summaries() {
        Map<String, Summary> result = new TreeMap<>();
        nanosByPage.forEach((page, list) -> {
            long[] sorted;
            synchronized (list) {
                sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            result.put(page, new Summary(sorted.length, errorsByPage.getOrDefault(page, Map.of()),
                    percentile(sorted, 50), percentile(sorted, 95)));
        });
        return result;
    }

    long[] all() {
        return nanosByPage.values().stream().flatMap(l -> {
            synchronized (l) {
                return new ArrayList<>(l).stream();
            }
        }).mapToLong(Long::longValue).sorted().toArray();
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    record Summary(int views, Map<String, Integer> errors, double p50Millis, double p95Millis) {
    }
}

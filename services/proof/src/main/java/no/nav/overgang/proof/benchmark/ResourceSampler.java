package no.nav.overgang.proof.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Samples each service's heap (Micrometer's {@code jvm_memory_used_bytes{area="heap"}} from
 * {@code /actuator/prometheus}) and CPU: the process's CPU time from the operating system when the service runs as
 * its own process, otherwise Micrometer's {@code process_cpu_usage}. Keeps the peak heap, the mean and peak CPU (in
 * cores) and the heap over time.
 */
public final class ResourceSampler implements AutoCloseable {

    private final SystemUnderTest system;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Usage> usage = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Thread sampler;
    private volatile boolean running = true;

    public ResourceSampler(SystemUnderTest system, Duration interval) {
        this.system = system;
        for (String service : system.serviceUrls().keySet()) {
            usage.put(service, new Usage());
        }
        sampler = Thread.ofPlatform().daemon().name("resource-sampler").start(() -> {
            while (running) {
                sampleOnce();
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private void sampleOnce() {
        long now = System.nanoTime();
        system.serviceUrls().forEach((service, url) -> {
            Usage u = usage.get(service);
            try {
                String text = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
                double heap = 0;
                double cpuUsage = Double.NaN;
                for (String line : text.lines().toList()) {
                    if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                        heap += value(line);
                    } else if (line.startsWith("process_cpu_usage")) {
                        cpuUsage = value(line) * Runtime.getRuntime().availableProcessors();
                    }
                }
                OptionalLong pid = system.pid(service);
                double cores = cpuUsage;
                if (pid.isPresent()) {
                    cores = ProcessHandle.of(pid.getAsLong()).flatMap(p -> p.info().totalCpuDuration())
                            .map(cpu -> u.coresSince(cpu.toNanos(), now)).orElse(cpuUsage);
                }
                u.add(now, heap, cores);
            } catch (Exception e) {
                u.failures++;
            }
        });
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    public Map<String, Usage> usage() {
        synchronized (usage) {
            return new LinkedHashMap<>(usage);
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** One service's samples. */
    public static final class Usage {
        double peakHeapBytes;
        double peakCores;
        double coreSum;
        int samples;
        int failures;
        long lastCpuNanos = -1;
        long lastAt;
        final java.util.List<double[]> heapOverTime = new java.util.ArrayList<>();

        synchronized void add(long at, double heap, double cores) {
            peakHeapBytes = Math.max(peakHeapBytes, heap);
            if (!Double.isNaN(cores)) {
                peakCores = Math.max(peakCores, cores);
                coreSum += cores;
                samples++;
            }
            heapOverTime.add(new double[] {at / 1e9, heap});
        }

        synchronized double coresSince(long cpuNanos, long at) {
            double cores = lastCpuNanos < 0 ? Double.NaN : (cpuNanos - lastCpuNanos) / (double) (at - lastAt);
            lastCpuNanos = cpuNanos;
            lastAt = at;
            return cores;
        }

        public synchronized double meanCores() {
            return samples == 0 ? Double.NaN : coreSum / samples;
        }

        public synchronized double peakHeapBytes() {
            return peakHeapBytes;
        }

        /** Pairs of (seconds on this JVM's monotonic clock, heap bytes). */
        public synchronized java.util.List<double[]> heapOverTime() {
            return java.util.List.copyOf(heapOverTime);
        }
    }
}

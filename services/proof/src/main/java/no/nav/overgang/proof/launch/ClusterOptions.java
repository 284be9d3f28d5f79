package no.nav.overgang.proof.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.nav.overgang.embedded.EmbeddedPostgresServer.Durability;

/**
 * How {@link Cluster} starts the system. Start from {@link #defaults()} and change what you need with the
 * {@code with...} methods.
 *
 * @param partitions         partitions of every contract topic (the launcher creates them before the services do)
 * @param postgresDurability {@link Durability#DURABLE} by default: fsync and synchronous commit on, as in production
 * @param jvmOptions         options of every service JVM, e.g. the heap size
 * @param properties         Spring properties for every service, over the launcher's own (for one service, use the
 *                           service's own names, e.g. {@code overgang.platform.consumer.concurrency} applies to all)
 * @param startTimeout       how long a process may take to become healthy
 * @param classDataDir       where the child JVMs keep a class-data archive, written by the first coordinator JVM
 *                           when it stops, from which every later child JVM starts faster (see
 *                           {@link ClassDataSharing}); {@code null} (the default): none
 */
public record ClusterOptions(int partitions, Durability postgresDurability, List<String> jvmOptions,
                             Map<String, String> properties, Duration startTimeout, Path classDataDir) {

    public ClusterOptions {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1");
        }
        jvmOptions = List.copyOf(jvmOptions);
        properties = Map.copyOf(properties);
    }

    /** 6 partitions (the contract's), durable PostgreSQL, 768 MB heap per service, 5 minutes to start. */
    public static ClusterOptions defaults() {
        return new ClusterOptions(6, Durability.DURABLE, List.of("-Xmx768m", "-XX:+ExitOnOutOfMemoryError"),
                Map.of(), Duration.ofMinutes(5), null);
    }

    public ClusterOptions withPartitions(int n) {
        return new ClusterOptions(n, postgresDurability, jvmOptions, properties, startTimeout, classDataDir);
    }

    public ClusterOptions withPostgresDurability(Durability durability) {
        return new ClusterOptions(partitions, durability, jvmOptions, properties, startTimeout, classDataDir);
    }

    /** Replaces the service JVMs' options. */
    public ClusterOptions withJvmOptions(List<String> options) {
        return new ClusterOptions(partitions, postgresDurability, options, properties, startTimeout, classDataDir);
    }

    /** Adds (or replaces) one Spring property for every service. */
    public ClusterOptions withProperty(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new ClusterOptions(partitions, postgresDurability, jvmOptions, more, startTimeout, classDataDir);
    }

    public ClusterOptions withStartTimeout(Duration timeout) {
        return new ClusterOptions(partitions, postgresDurability, jvmOptions, properties, timeout, classDataDir);
    }

    /**
     * A class-data archive in {@code dir}, kept across clusters: a cluster started after another with the same
     * {@code dir} (not at the same time) starts every JVM from it. Worth it when JVMs start more than once.
     */
    public ClusterOptions withClassDataSharing(Path dir) {
        return new ClusterOptions(partitions, postgresDurability, jvmOptions, properties, startTimeout, dir);
    }
}

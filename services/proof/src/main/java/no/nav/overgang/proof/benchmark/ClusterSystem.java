package no.nav.overgang.proof.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import no.nav.overgang.proof.launch.Cluster;
import no.nav.overgang.proof.launch.ClusterOptions;
import no.nav.overgang.stack.ServiceKind;

/** The five services each in its own JVM, on Kafka and a durable PostgreSQL in processes of their own. */
final class ClusterSystem implements SystemUnderTest {

    private final Cluster cluster;
    private final Path dataDir;

    private ClusterSystem(Cluster cluster, Path dataDir) {
        this.cluster = cluster;
        this.dataDir = dataDir;
    }

    static ClusterSystem start(int consumerThreads, int partitions) throws IOException {
        Path dataDir = Files.createTempDirectory("overgang-benchmark-");
        ClusterOptions options = ClusterOptions.defaults().withPartitions(partitions)
                // five JVMs starting at once on a busy two-core machine take minutes
                .withStartTimeout(java.time.Duration.ofMinutes(20))
                .withProperty("overgang.platform.consumer.concurrency", Integer.toString(consumerThreads));
        return new ClusterSystem(Cluster.start(dataDir, options), dataDir);
    }

    @Override
    public String kafkaBootstrapServers() {
        return cluster.endpoints().kafkaBootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return cluster.endpoints().jdbcUrl();
    }

    @Override
    public String dbUsername() {
        return cluster.endpoints().dbUsername();
    }

    @Override
    public String dbPassword() {
        return cluster.endpoints().dbPassword();
    }

    @Override
    public Map<String, String> serviceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (ServiceKind kind : ServiceKind.values()) {
            urls.put(kind.id(), cluster.baseUrl(kind));
        }
        return urls;
    }

    @Override
    public OptionalLong pid(String service) {
        for (ServiceKind kind : ServiceKind.values()) {
            if (kind.id().equals(service)) {
                return OptionalLong.of(cluster.service(kind).pid());
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public String token(String navIdent, List<String> roles, List<String> offices) {
        return cluster.bearer(navIdent, roles, offices).substring("Bearer ".length());
    }

    @Override
    public String description() {
        return "each service its own JVM " + cluster.options().jvmOptions() + ", Kafka and PostgreSQL their own "
                + "processes; PostgreSQL " + cluster.postgresDurability();
    }

    @Override
    public void close() {
        cluster.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dataDir + ": " + e.getMessage());
        }
    }
}

package no.nav.overgang.proof.benchmark;

import java.util.List;

/** Starts the system to measure, for the benchmark and the load test. */
public final class Systems {

    private Systems() {
    }

    /**
     * Starts Kafka, a durable PostgreSQL, the token issuer and the named services with {@code consumerThreads}
     * consumer threads each: every service its own process ({@code Cluster}) when all five run and
     * {@code inProcess} is false, otherwise in this JVM. {@code beforeLoad} runs on the infrastructure before any
     * record is fed (the ceilings are measured there, with the services idle or not yet started).
     */
    public static SystemUnderTest start(List<String> services, int consumerThreads, int partitions,
                                        boolean inProcess, Step beforeLoad) throws Exception {
        if (!inProcess && services.containsAll(SystemUnderTest.SERVICES)) {
            System.err.println("  starting Kafka, PostgreSQL and the five services, each its own process ...");
            ClusterSystem cluster = ClusterSystem.start(consumerThreads, partitions);
            try {
                beforeLoad.run(cluster);
                return cluster;
            } catch (Exception | Error e) {
                cluster.close();
                throw e;
            }
        }
        InProcessSystem system = InProcessSystem.startInfrastructure();
        try {
            beforeLoad.run(system);
            System.err.println("  starting " + String.join(", ", services) + " in this JVM ...");
            system.startServices(consumerThreads, services);
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    /** Work on the infrastructure before the services start. */
    @FunctionalInterface
    public interface Step {
        void run(SystemUnderTest system) throws Exception;
    }
}

package no.nav.overgang.proof.faults;

import java.util.concurrent.CompletableFuture;

import no.nav.overgang.proof.launch.Cluster;
import no.nav.overgang.stack.ServiceKind;

/** One fault the fault test injects while the system is busy. */
public sealed interface Fault {

    /**
     * Injects the fault. Returns the recovery still under way (a service's new JVM starting), or a completed future
     * when the system is whole again.
     */
    CompletableFuture<Void> inject(Cluster cluster);

    /** SIGKILL to the service's JVM, then a new JVM for it, started in the background. */
    record KillService(ServiceKind kind) implements Fault {
        @Override
        public CompletableFuture<Void> inject(Cluster cluster) {
            cluster.killService(kind);
            return CompletableFuture.runAsync(() -> cluster.startService(kind));
        }

        @Override
        public String toString() {
            return "SIGKILL " + kind.id();
        }
    }

    /** The broker stopped and started again on its log directory. */
    record RestartKafka() implements Fault {
        @Override
        public CompletableFuture<Void> inject(Cluster cluster) {
            cluster.restartKafka();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public String toString() {
            return "restart Kafka";
        }
    }

    /** PostgreSQL stopped (fast shutdown: open transactions are rolled back) and started again on its data. */
    record RestartPostgres() implements Fault {
        @Override
        public CompletableFuture<Void> inject(Cluster cluster) {
            cluster.restartPostgres();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public String toString() {
            return "restart PostgreSQL";
        }
    }
}

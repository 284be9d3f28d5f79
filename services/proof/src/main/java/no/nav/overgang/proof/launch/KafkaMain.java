package no.nav.overgang.proof.launch;

import java.nio.file.Files;
import java.nio.file.Path;

import no.nav.overgang.embedded.EmbeddedKafkaServer;

/**
 * The main of the broker's JVM, as {@link Cluster} starts it: {@code KafkaMain LOG_DIR PORT READY_FILE}. Writes
 * its pid to {@code READY_FILE} once the broker takes clients; SIGTERM shuts the broker down in a controlled way,
 * keeping its log directory. Exits when the launcher does.
 */
public final class KafkaMain {

    private KafkaMain() {
    }

    public static void main(String[] args) throws Exception {
        ChildJvm.exitWithParent();
        QuietLogging.apply();
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-shutdown"));
        Files.writeString(Path.of(args[2]), String.valueOf(ProcessHandle.current().pid()));
        System.out.println("kafka ready on " + kafka.bootstrapServers());
        Thread.currentThread().join();
    }
}

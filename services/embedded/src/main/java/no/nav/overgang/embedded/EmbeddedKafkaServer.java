package no.nav.overgang.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), started in this JVM
 * from the Kafka server jars, as {@code kafka-storage format} followed by {@code kafka-server-start} would.
 * With a log directory, topics and committed offsets survive restarts; without one the data lives in a
 * temporary directory that is deleted on {@link #close()}.
 * <p>
 * The broker logs through SLF4J. It is chatty at INFO: set the loggers in {@link #SERVER_LOGGERS} to WARN
 * (in a Spring Boot application {@code logging.level.kafka=WARN}, {@code logging.level.org.apache.kafka=WARN} and
 * {@code logging.level.state.change.logger=WARN}).
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    /**
     * Logger names of the broker. They include the clients' {@code org.apache.kafka}, because the broker dumps
     * its configuration (a thousand lines) through the clients' {@code org.apache.kafka.common.config.AbstractConfig}.
     */
    public static final List<String> SERVER_LOGGERS = List.of("kafka", "state.change.logger", "org.apache.kafka");

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final Path logDir;
    private final boolean temporary;
    private final int port;

    private EmbeddedKafkaServer(KafkaRaftServer server, Path logDir, boolean temporary, int port) {
        this.server = server;
        this.logDir = logDir;
        this.temporary = temporary;
        this.port = port;
    }

    /** Returns once the broker has joined its own controller quorum and accepts client connections. */
    public static EmbeddedKafkaServer start(Path logDirOrNull, int portOrZero) {
        try {
            boolean temporary = logDirOrNull == null;
            Path logDir = temporary ? Files.createTempDirectory("kafka-") : Files.createDirectories(logDirOrNull);
            int port = portOrZero == 0 ? freePort() : portOrZero;
            // The controller port may change between restarts: a static quorum keeps voters in config, not in the log.
            var config = KafkaConfig.fromProps(serverProperties(logDir, port, freePort()), false);
            formatIfNew(logDir);
            var server = new KafkaRaftServer(config, Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                server.shutdown();
                throw e;
            }
            return new EmbeddedKafkaServer(server, logDir, temporary, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start", e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Shuts the broker down in a controlled way and waits until it has stopped. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            try {
                Utils.delete(logDir.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete " + logDir, e);
            }
        }
    }

    private static Properties serverProperties(Path logDir, int port, int controllerPort) {
        var properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", String.valueOf(NODE_ID));
        properties.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.put("controller.listener.names", CONTROLLER_LISTENER);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logDir.toString());
        properties.put("num.partitions", "6");
        properties.put("auto.create.topics.enable", "false");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("min.insync.replicas", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        return properties;
    }

    /** Formats like {@code kafka-storage format}; the cluster id is kept in the directory's meta.properties. */
    private static void formatIfNew(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format " + logDir, e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

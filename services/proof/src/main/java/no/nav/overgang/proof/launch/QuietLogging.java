package no.nav.overgang.proof.launch;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import no.nav.overgang.embedded.EmbeddedKafkaServer;
import no.nav.overgang.embedded.EmbeddedPostgresServer;

/**
 * Logging for a JVM that Spring Boot does not set up (the broker's, a command's driver): Logback without a
 * configuration logs everything at DEBUG; this sets INFO, WARN for the embedded servers, and ERROR for the Kafka
 * clients, whose retries while a broker restarts are expected here.
 */
public final class QuietLogging {

    private QuietLogging() {
    }

    public static void apply() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        for (String name : EmbeddedKafkaServer.SERVER_LOGGERS) {
            context.getLogger(name).setLevel(Level.WARN);
        }
        for (String name : EmbeddedPostgresServer.SERVER_LOGGERS) {
            context.getLogger(name).setLevel(Level.WARN);
        }
        context.getLogger("org.apache.kafka.clients").setLevel(Level.ERROR);
    }
}

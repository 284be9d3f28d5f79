package no.nav.overgang.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every service shares, under {@code overgang.platform}.
 *
 * @param serviceName      the service's name; also its Kafka consumer group and the {@code source} of its events
 * @param deadLetterTopic  where this service's consumer puts input it cannot process
 * @param topicReplication replication factor for the topics this service creates (1 on a single local broker)
 */
@ConfigurationProperties("overgang.platform")
public record PlatformProperties(
        String serviceName,
        @DefaultValue("overgang.deadletter.v1") String deadLetterTopic,
        @DefaultValue("1") short topicReplication,
        @DefaultValue Consumer consumer,
        @DefaultValue Outbox outbox) {

    /**
     * @param concurrency   consumer threads; at most the partition count is useful
     * @param maxPollRecords records per batch; a batch is one database transaction
     */
    public record Consumer(@DefaultValue("3") int concurrency, @DefaultValue("500") int maxPollRecords) {
    }

    /**
     * @param batchSize    rows published per round, taken out of the table by one statement
     * @param pollInterval how often the publisher looks for rows when nobody woke it up
     * @param sendTimeout  how long to wait for Kafka's acknowledgement of a round
     */
    public record Outbox(@DefaultValue("2000") int batchSize, @DefaultValue("500ms") Duration pollInterval,
                         @DefaultValue("30s") Duration sendTimeout) {
    }
}

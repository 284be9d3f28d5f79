package no.nav.overgang.platform.outbox;

import static no.nav.overgang.platform.testapp.TestEvents.armAssigned;
import static no.nav.overgang.platform.testapp.TestEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.platform.PlatformProperties;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

@ServiceTest
class OutboxPublisherTest {

    @Autowired
    OutboxPublisher publisher;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformProperties platform;

    @Test
    void events_written_while_kafka_cannot_be_reached_stay_in_the_outbox_and_are_published_in_order_once_it_can() {
        String caseKey = newCaseKey();
        List<EventEnvelope<ArmAssigned>> written = List.of(armAssigned(caseKey, "first"),
                armAssigned(caseKey, "second"), armAssigned(caseKey, "third"));
        DefaultKafkaProducerFactory<String, byte[]> unreachable = producersForABrokerThatIsDown();

        publisher.stop();
        try {
            transactions.executeWithoutResult(status -> written.forEach(outbox::add));
            // the service's own publisher, as it would run while the broker is down
            OutboxPublisher cutOff = new OutboxPublisher(jdbc, transactions, new KafkaTemplate<>(unreachable),
                    withSendTimeout(Duration.ofSeconds(2)), new SimpleMeterRegistry());

            assertThatThrownBy(cutOff::publishOnce).as("a round while the broker is down")
                    .rootCause().isInstanceOf(TimeoutException.class);
            assertThat(written).as("events still in the outbox after the failed round")
                    .allSatisfy(event -> assertThat(rowsInOutbox(event.eventId())).isEqualTo(1));
        } finally {
            unreachable.destroy();
            publisher.start();
        }

        try (TopicProbe probe = new TopicProbe()) {
            var records = probe.readAll(Topics.CASES.name(), Duration.ofSeconds(20),
                    all -> all.stream().filter(r -> caseKey.equals(r.key())).count() >= written.size());
            assertThat(records.stream().filter(r -> caseKey.equals(r.key()))
                    .map(r -> EventJson.read(r.value()).eventId()))
                    .containsExactlyElementsOf(written.stream().map(EventEnvelope::eventId).toList());
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(written)
                .as("outbox rows once Kafka has acknowledged them")
                .allSatisfy(event -> assertThat(rowsInOutbox(event.eventId())).isZero()));
    }

    /** Nothing listens on port 1; the producer gives up on the broker's metadata after half a second per record. */
    private static DefaultKafkaProducerFactory<String, byte[]> producersForABrokerThatIsDown() {
        return new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private PlatformProperties withSendTimeout(Duration sendTimeout) {
        var outboxSettings = new PlatformProperties.Outbox(platform.outbox().batchSize(),
                platform.outbox().pollInterval(), sendTimeout);
        return new PlatformProperties(platform.serviceName(), platform.deadLetterTopic(), platform.topicReplication(),
                platform.consumer(), outboxSettings);
    }

    private int rowsInOutbox(UUID eventId) {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM outbox WHERE event_id = ?", Integer.class, eventId);
        return rows == null ? 0 : rows;
    }
}

package no.nav.overgang.coordinator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.SourceWatermarkAdvanced;
import no.nav.overgang.platform.outbox.OutboxPublisher;
import no.nav.overgang.testkit.Infrastructure;
import no.nav.overgang.testkit.TopicProbe;

/**
 * The intake's source watermark as the tests publish it: a {@link SourceWatermarkAdvanced} marker on every partition
 * of {@code overgang.milestone.v1}, after the milestones it completes. The coordinator applies a milestone only once
 * a marker past it has been read on its partition (docs/PILOT.md, "Ordering and the source watermark").
 */
public final class SourceWatermarks {

    private static KafkaProducer<String, String> producer;

    private SourceWatermarks() {
    }

    /** Publishes the event and, for a milestone, a watermark just past it: the milestone is complete. */
    public static void publish(TopicProbe probe, EventEnvelope<?> event) {
        probe.send(event.type().topic().name(), event.caseKey(), EventJson.writeString(event));
        if (event.payload() instanceof MilestoneRecorded) {
            passed(event.occurredAt());
        }
    }

    /** Publishes a watermark just past {@code at} on every partition: milestones up to and including it are complete. */
    public static void passed(Instant at) {
        Instant completeBefore = at.plus(1, ChronoUnit.MICROS);
        int partitions = Topics.MILESTONES.partitions();
        for (int partition = 0; partition < partitions; partition++) {
            EventEnvelope<SourceWatermarkAdvanced> marker = EventEnvelope.first(UUID.randomUUID(),
                    new SourceWatermarkAdvanced(partition, partitions, completeBefore), completeBefore, Instant.now(),
                    "overgang-intake", null);
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.MILESTONES.name(), partition, null,
                    EventJson.writeString(marker));
            record.headers().add(OutboxPublisher.EVENT_TYPE_HEADER,
                    marker.eventType().getBytes(StandardCharsets.UTF_8));
            try {
                producer().send(record).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("could not publish the watermark", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing the watermark", e);
            }
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}

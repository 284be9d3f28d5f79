package no.nav.overgang.intake.watermark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.SourceWatermarkAdvanced;
import no.nav.overgang.intake.IntakeFixtures;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/**
 * Once every source partition is read to its end, the intake announces everything it read as complete: a marker on
 * every partition of {@code overgang.milestone.v1}, each after the milestones it completes on that partition.
 */
@ServiceTest
class SourceWatermarkTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_milestone_read_to_the_end_of_its_topic_is_followed_by_a_watermark_past_it_on_every_partition() {
        // later than any milestone the other tests submit, so the watermark has to move past it
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String eventId = "sp-" + UUID.randomUUID();
        probe.send(Topics.MILESTONE_INBOUND.name(), eventId,
                IntakeFixtures.week39(eventId, IntakeFixtures.SYNTHETIC_ID, "0315", at.toString()));

        List<ConsumerRecord<String, String>> records = probe.readAll(Topics.MILESTONES.name(), WITHIN,
                all -> passedOnEveryPartition(all, at).size() == Topics.MILESTONES.partitions());

        ConsumerRecord<String, String> milestone = records.stream().filter(r -> r.value().contains(eventId))
                .findFirst().orElseThrow();
        Map<Integer, ConsumerRecord<String, String>> markers = passedOnEveryPartition(records, at);
        assertThat(markers.keySet()).as("partitions with a watermark past the milestone")
                .hasSize(Topics.MILESTONES.partitions());
        assertThat(markers.get(milestone.partition()).offset()).as("the marker follows the milestone it completes")
                .isGreaterThan(milestone.offset());
        markers.forEach((partition, record) -> assertThat(marker(record))
                .satisfies(m -> assertThat(m.partition()).isEqualTo(partition))
                .satisfies(m -> assertThat(m.partitions()).isEqualTo(Topics.MILESTONES.partitions())));
    }

    /** Per partition, the first marker whose watermark is past {@code at}. */
    private static Map<Integer, ConsumerRecord<String, String>> passedOnEveryPartition(
            List<ConsumerRecord<String, String>> records, Instant at) {
        return records.stream().filter(r -> r.value().contains("SourceWatermarkAdvanced"))
                .filter(r -> marker(r).completeBefore().isAfter(at))
                .collect(Collectors.toMap(ConsumerRecord::partition, r -> r, (a, b) -> a.offset() < b.offset() ? a : b));
    }

    private static SourceWatermarkAdvanced marker(ConsumerRecord<String, String> record) {
        EventEnvelope<?> event = EventJson.read(record.value());
        return (SourceWatermarkAdvanced) event.payload();
    }
}

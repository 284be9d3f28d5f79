package no.nav.overgang.proof.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import no.nav.overgang.events.EventJson;
import tools.jackson.databind.JsonNode;

/** Reads a topic from its beginning to its current end, outside any consumer group, keeping what the comparison needs. */
final class TopicReader {

    private TopicReader() {
    }

    static List<Event> readAll(String bootstrapServers, String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<Event> events = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> events.add(summary(record.value())));
            }
            return events;
        }
    }

    private static Event summary(byte[] value) {
        JsonNode event = EventJson.parse(value);
        String type = text(event, "eventType");
        JsonNode payload = event.path("payload");
        String detail = switch (type) {
            case "ArmAssigned" -> text(payload, "arm");
            case "ConferenceCreated", "ConferenceRequested", "HandoverCreated" -> text(payload, "conferenceId");
            case "DeadLetterRecorded" -> text(payload, "reason") + " " + text(payload, "sourceTopic") + " "
                    + Base64.getEncoder().encodeToString(original(payload));
            default -> "";
        };
        String note = type.equals("DeadLetterRecorded")
                ? text(payload, "consumer") + " refused a record of " + text(payload, "sourceTopic") + ": "
                + text(payload, "reason") + " " + text(payload, "detail") : "";
        return new Event(text(event, "eventId"), type, text(event, "caseKey"), detail, note);
    }

    /** The rejected bytes, as the dead letter carries them: UTF-8 text, or Base64 when they were not UTF-8. */
    static byte[] original(JsonNode deadLetter) {
        String text = text(deadLetter, "originalPayload");
        return "base64".equals(text(deadLetter, "encoding")) ? Base64.getDecoder().decode(text)
                : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}

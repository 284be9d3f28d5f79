package no.nav.overgang.platform.consumer;

import static no.nav.overgang.platform.testapp.TestEvents.MARCH_2;
import static no.nav.overgang.platform.testapp.TestEvents.deadLetterOf;
import static no.nav.overgang.platform.testapp.TestEvents.handover;
import static no.nav.overgang.platform.testapp.TestEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.InvalidEventException.Reason;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.platform.testapp.HandoverRecorder;
import no.nav.overgang.platform.testapp.TestEvents;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

@ServiceTest
class EventConsumptionTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String HANDOVERS = Topics.HANDOVERS.name();

    @Autowired
    HandoverRecorder handler;

    @Autowired
    ConcurrentMessageListenerContainer<String, byte[]> eventConsumer;

    @Autowired
    KafkaTemplate<String, byte[]> overgangKafkaTemplate;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final TopicProbe probe = new TopicProbe();

    @AfterEach
    void closeProbe() {
        eventConsumer.resume();
        probe.close();
    }

    @Test
    void an_event_delivered_again_after_it_was_processed_has_no_second_effect() {
        String caseKey = newCaseKey();
        EventEnvelope<HandoverCreated> event = handover(caseKey, MARCH_2);
        EventEnvelope<HandoverCreated> sentAfterIt = handover(caseKey, MARCH_2);
        String bytes = EventJson.writeString(event);

        probe.send(HANDOVERS, caseKey, bytes);
        awaitHandled(event);
        probe.send(HANDOVERS, caseKey, bytes);
        probe.send(HANDOVERS, caseKey, EventJson.writeString(sentAfterIt));

        // one key, one partition, in order: once the last is handled, the second copy has been through the consumer
        awaitHandled(sentAfterIt);
        assertThat(handler.timesHandled(event.eventId())).as("times the redelivered event was handled").isEqualTo(1);
    }

    @Test
    void the_same_event_twice_in_one_batch_has_one_effect() {
        String caseKey = newCaseKey();
        EventEnvelope<HandoverCreated> event = handover(caseKey, MARCH_2);
        EventEnvelope<HandoverCreated> sentAfterIt = handover(caseKey, MARCH_2);
        String bytes = EventJson.writeString(event);

        inOneBatch(() -> {
            probe.send(HANDOVERS, caseKey, bytes);
            probe.send(HANDOVERS, caseKey, bytes);
            probe.send(HANDOVERS, caseKey, EventJson.writeString(sentAfterIt));
        });

        awaitHandled(sentAfterIt);
        assertThat(handler.timesHandled(event.eventId())).as("times the twice-sent event was handled").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"MALFORMED_JSON", "SCHEMA_INVALID", "UNKNOWN_EVENT_TYPE"})
    void a_record_that_is_not_a_valid_event_is_dead_lettered_with_its_reason_and_payload_and_the_records_after_it_are_processed(
            Reason reason) {
        String caseKey = newCaseKey();
        String poison = poison(reason, handover(caseKey, MARCH_2));
        EventEnvelope<HandoverCreated> sentAfterIt = handover(caseKey, MARCH_2);

        probe.send(HANDOVERS, caseKey, poison);
        probe.send(HANDOVERS, caseKey, EventJson.writeString(sentAfterIt));

        DeadLetterRecorded letter = awaitDeadLetter(poison);
        assertThat(letter.reason()).isEqualTo(reason.name());
        assertThat(letter.encoding()).isEqualTo("utf-8");
        assertThat(letter.consumer()).isEqualTo(TestEvents.SOURCE);
        assertThat(letter.sourceTopic()).isEqualTo(HANDOVERS);
        assertThat(letter.partition()).isNotNull();
        assertThat(letter.offset()).isNotNull();
        awaitHandled(sentAfterIt);
    }

    @Test
    void a_record_that_is_not_utf8_is_dead_lettered_with_its_bytes_in_base64() throws Exception {
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x7B};
        byte[] poison = new byte[notUtf8.length + 16];
        System.arraycopy(notUtf8, 0, poison, 0, notUtf8.length);
        System.arraycopy(asBytes(UUID.randomUUID()), 0, poison, notUtf8.length, 16);

        overgangKafkaTemplate.send(HANDOVERS, newCaseKey(), poison).get();

        DeadLetterRecorded letter = awaitDeadLetter(Base64.getEncoder().encodeToString(poison));
        assertThat(letter.encoding()).isEqualTo("base64");
        assertThat(letter.reason()).isEqualTo(Reason.MALFORMED_JSON.name());
    }

    @Test
    void a_handler_failure_on_one_event_dead_letters_that_event_and_the_rest_of_its_batch_is_processed_once() {
        String caseKey = newCaseKey();
        EventEnvelope<HandoverCreated> before = handover(caseKey, MARCH_2);
        EventEnvelope<HandoverCreated> refused = handover(caseKey, MARCH_2, HandoverRecorder.REFUSED_ARM);
        EventEnvelope<HandoverCreated> after = handover(caseKey, MARCH_2);
        String refusedJson = EventJson.writeString(refused);

        inOneBatch(() -> {
            probe.send(HANDOVERS, caseKey, EventJson.writeString(before));
            probe.send(HANDOVERS, caseKey, refusedJson);
            probe.send(HANDOVERS, caseKey, EventJson.writeString(after));
        });

        DeadLetterRecorded letter = awaitDeadLetter(refusedJson);
        assertThat(letter.reason()).isEqualTo("PROCESSING_FAILED");
        assertThat(letter.detail()).isEqualTo(
                "IllegalArgumentException: the test handler refuses arm " + HandoverRecorder.REFUSED_ARM);
        awaitHandled(after);
        assertThat(handler.timesHandled(before.eventId())).as("times the event before it was handled").isEqualTo(1);
        assertThat(handler.timesHandled(refused.eventId())).as("times the refused event was handled").isZero();
    }

    @Test
    void a_record_our_outbox_marked_as_a_type_without_a_handler_is_skipped_unread() {
        String caseKey = newCaseKey();
        EventEnvelope<HandoverCreated> sentAfterIt = handover(caseKey, MARCH_2);
        double skippedBefore = skipped("ArmAssigned");

        // not even JSON: read, it would be dead-lettered; the header says it is nothing this service handles
        sendWithTypeHeader(caseKey, "ArmAssigned", "{not json");
        probe.send(HANDOVERS, caseKey, EventJson.writeString(sentAfterIt));

        awaitHandled(sentAfterIt);
        assertThat(skipped("ArmAssigned") - skippedBefore).as("ArmAssigned records skipped").isEqualTo(1);
    }

    @Test
    void a_record_our_outbox_marked_as_a_handled_type_is_handled_once_and_dead_lettered_when_it_does_not_read() {
        String caseKey = newCaseKey();
        EventEnvelope<HandoverCreated> event = handover(caseKey, MARCH_2);
        String truncated = poison(Reason.MALFORMED_JSON, handover(caseKey, MARCH_2));

        sendWithTypeHeader(caseKey, "HandoverCreated", EventJson.writeString(event));
        sendWithTypeHeader(caseKey, "HandoverCreated", truncated);

        awaitHandled(event);
        assertThat(awaitDeadLetter(truncated).reason()).isEqualTo(Reason.MALFORMED_JSON.name());
    }

    private void sendWithTypeHeader(String caseKey, String eventType, String value) {
        var record = new org.apache.kafka.clients.producer.ProducerRecord<>(HANDOVERS, caseKey,
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        record.headers().add(no.nav.overgang.platform.outbox.OutboxPublisher.EVENT_TYPE_HEADER,
                eventType.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            overgangKafkaTemplate.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private double skipped(String eventType) {
        var counter = meters.find("overgang.events.consumed").tags("type", eventType, "outcome", "skipped").counter();
        return counter == null ? 0 : counter.count();
    }

    /** An input for each way a record can fail to be an event; each carries the id of {@code event}. */
    private static String poison(Reason reason, EventEnvelope<HandoverCreated> event) {
        String valid = EventJson.writeString(event);
        return switch (reason) {
            case MALFORMED_JSON -> valid.substring(0, valid.length() / 2);
            case SCHEMA_INVALID -> valid.replace("\"benefitsUnit\":\"4402\"", "\"benefitsUnit\":\"0315\"");
            case UNKNOWN_EVENT_TYPE -> valid.replace("\"schemaVersion\":1", "\"schemaVersion\":2");
            case PAYLOAD_TOO_LARGE -> throw new IllegalArgumentException("the envelope reader has no size limit");
        };
    }

    /** Holds the consumer back while the records are sent, so that it polls them together. */
    private void inOneBatch(Runnable sendRecords) {
        eventConsumer.pause();
        await().atMost(WITHIN).until(eventConsumer::isContainerPaused);
        sendRecords.run();
        eventConsumer.resume();
    }

    private void awaitHandled(EventEnvelope<HandoverCreated> event) {
        await().atMost(WITHIN).untilAsserted(() -> assertThat(handler.timesHandled(event.eventId()))
                .as("times event %s was handled", event.eventId()).isEqualTo(1));
    }

    private DeadLetterRecorded awaitDeadLetter(String originalPayload) {
        var records = probe.readAll(Topics.DEAD_LETTERS.name(), WITHIN,
                all -> deadLetterOf(all, originalPayload).isPresent());
        return deadLetterOf(records, originalPayload).orElseThrow();
    }

    private static byte[] asBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }
}

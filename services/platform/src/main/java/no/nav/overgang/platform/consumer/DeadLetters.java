package no.nav.overgang.platform.consumer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.platform.outbox.Outbox;

/**
 * Puts input a consumer cannot process on a dead-letter topic, whole and with the reason, through the outbox, so
 * that the dead letter commits with the offset that skips it: the input is never both lost and skipped.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String serviceName;
    private final String topic;

    public DeadLetters(Outbox outbox, Clock clock, MeterRegistry meters, String serviceName, String topic) {
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
        this.serviceName = serviceName;
        this.topic = topic;
    }

    /** Records a rejected Kafka record; must run in a transaction. */
    public void record(ConsumerRecord<?, byte[]> input, String reason, String detail) {
        String position = input.topic() + "/" + input.partition() + "/" + input.offset();
        UUID id = EventIds.derived(UUID.nameUUIDFromBytes(position.getBytes(StandardCharsets.UTF_8)),
                EventType.DEAD_LETTER_RECORDED, serviceName);
        record(id, input.topic(), input.partition(), input.offset(), input.value(), reason, detail);
    }

    /** Records rejected input that did not come from Kafka (the HTTP API); must run in a transaction. */
    public void record(UUID id, String sourceTopic, Integer partition, Long offset, byte[] original, String reason,
                       String detail) {
        byte[] bytes = original == null ? new byte[0] : original;
        String text = utf8(bytes);
        DeadLetterRecorded letter = new DeadLetterRecorded(serviceName, sourceTopic, partition, offset, reason, detail,
                text != null ? text : Base64.getEncoder().encodeToString(bytes), text != null ? "utf-8" : "base64");
        var now = clock.instant();
        outbox.add(java.util.List.of(EventEnvelope.first(id, letter, now, now, serviceName, null)), topic);
        meters.counter("overgang.deadletters", "reason", reason, "source", sourceTopic).increment();
        log.warn("dead letter from {} ({}/{}): {} {}", sourceTopic, partition, offset, reason, detail);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

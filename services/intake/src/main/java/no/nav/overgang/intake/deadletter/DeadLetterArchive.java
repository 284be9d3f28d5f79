package no.nav.overgang.intake.deadletter;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.InvalidEventException;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.platform.consumer.DeadLetters;
import no.nav.overgang.platform.consumer.KafkaConsumers;
import no.nav.overgang.platform.consumer.RecordHandler;

/**
 * Reads the intake's own dead-letter topic back into {@code dead_letter}, so administrators can list and re-drive
 * them. It is a plain record container on {@code overgang.milestone.dlq.v1} rather than an event handler: event
 * handlers subscribe to their type's default topic, and DeadLetterRecorded's is {@code overgang.deadletter.v1}, the
 * other services' dead letters, which are not the intake's to re-drive. Reading the topic (not writing the row
 * beside {@code DeadLetters.record}) catches every letter, including the platform's own PROCESSING_FAILED ones; the
 * row is keyed by the letter's event id, so a redelivered letter has no second effect.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterArchive {

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> deadLetterArchiveConsumer(KafkaConsumers consumers,
                                                                                 DeadLetterStore store,
                                                                                 DeadLetters deadLetters) {
        return consumers.container(List.of(Topics.MILESTONE_DEAD_LETTERS.name()), handler(store, deadLetters));
    }

    static RecordHandler handler(DeadLetterStore store, DeadLetters deadLetters) {
        return records -> {
            for (ConsumerRecord<String, byte[]> record : records) {
                try {
                    EventEnvelope<?> event = EventJson.read(record.value() == null ? new byte[0] : record.value());
                    if (event.payload() instanceof DeadLetterRecorded letter) {
                        store.keep(event.eventId(), event.recordedAt(), letter);
                    }
                } catch (InvalidEventException e) {
                    // garbage on the dead-letter topic becomes a proper letter there, which the next poll keeps
                    deadLetters.record(record, e.reason().name(), e.getMessage());
                }
            }
        };
    }
}

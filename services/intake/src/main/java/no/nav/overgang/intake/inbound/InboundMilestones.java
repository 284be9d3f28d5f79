package no.nav.overgang.intake.inbound;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import no.nav.overgang.events.InvalidEventException;
import no.nav.overgang.events.Topics;
import no.nav.overgang.intake.submission.ConflictingMilestoneException;
import no.nav.overgang.intake.submission.MilestoneIntake;
import no.nav.overgang.platform.consumer.DeadLetters;
import no.nav.overgang.platform.consumer.KafkaConsumers;
import no.nav.overgang.platform.consumer.RecordHandler;

/**
 * Reads submissions from {@code overgang.milestone.inbound.v1}. Invalid and conflicting ones go to
 * {@code overgang.milestone.dlq.v1} with their reason, in the same transaction as the valid ones of the batch.
 */
@Configuration(proxyBeanMethods = false)
public class InboundMilestones {

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> inboundMilestoneConsumer(KafkaConsumers consumers,
                                                                                MilestoneIntake intake,
                                                                                DeadLetters deadLetters) {
        return consumers.container(List.of(Topics.MILESTONE_INBOUND.name()), handler(intake, deadLetters));
    }

    static RecordHandler handler(MilestoneIntake intake, DeadLetters deadLetters) {
        return records -> {
            for (ConsumerRecord<String, byte[]> record : records) {
                try {
                    intake.accept(record.value() == null ? new byte[0] : record.value(), "kafka");
                } catch (InvalidEventException e) {
                    deadLetters.record(record, e.reason().name(), e.getMessage());
                } catch (ConflictingMilestoneException e) {
                    deadLetters.record(record, "CONFLICT", e.getMessage());
                }
            }
        };
    }
}

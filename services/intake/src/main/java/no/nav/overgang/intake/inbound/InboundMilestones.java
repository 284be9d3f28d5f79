package no.nav.overgang.intake.inbound;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import no.nav.overgang.events.InvalidEventException;
import no.nav.overgang.events.Topics;
import no.nav.overgang.intake.source.SourceEvents;
import no.nav.overgang.intake.submission.MilestoneIntake;
import no.nav.overgang.intake.watermark.SourceWatermark;
import no.nav.overgang.platform.consumer.DeadLetters;
import no.nav.overgang.platform.consumer.KafkaConsumers;
import no.nav.overgang.platform.consumer.RecordHandler;

/**
 * Reads submissions in the canonical format from {@code overgang.milestone.inbound.v1} and the source systems' own
 * events from their topics (translated by the adapters). Invalid and conflicting ones go to
 * {@code overgang.milestone.dlq.v1} with their reason, in the same transaction as the valid ones of the batch.
 */
@Configuration(proxyBeanMethods = false)
public class InboundMilestones {

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> inboundMilestoneConsumer(KafkaConsumers consumers,
                                                                                MilestoneIntake intake,
                                                                                SourceEvents sources,
                                                                                DeadLetters deadLetters,
                                                                                SourceWatermark watermark) {
        List<String> topics = new ArrayList<>(sources.topics());
        topics.addFirst(Topics.MILESTONE_INBOUND.name());
        return consumers.container(topics, watermark.around(topics, handler(intake, sources, deadLetters, watermark)));
    }

    /**
     * Validates and translates each record of the batch (refusals are dead-lettered at once), then records the
     * valid ones set-based; a conflict is dead-lettered with the record it came from.
     */
    static RecordHandler handler(MilestoneIntake intake, SourceEvents sources, DeadLetters deadLetters,
                                 SourceWatermark watermark) {
        return records -> {
            List<ConsumerRecord<String, byte[]>> accepted = new ArrayList<>(records.size());
            List<MilestoneIntake.Candidate> candidates = new ArrayList<>(records.size());
            for (ConsumerRecord<String, byte[]> record : records) {
                byte[] value = record.value() == null ? new byte[0] : record.value();
                try {
                    if (sources.reads(record.topic())) {
                        sources.translate(record.topic(), value).ifPresent(submission -> {
                            accepted.add(record);
                            candidates.add(new MilestoneIntake.Candidate(submission, SourceEvents.CHANNEL));
                        });
                    } else {
                        candidates.add(new MilestoneIntake.Candidate(intake.validate(value), "kafka"));
                        accepted.add(record);
                    }
                } catch (InvalidEventException e) {
                    deadLetters.record(record, e.reason().name(), e.getMessage());
                }
            }
            watermark.read(accepted, candidates.stream().map(c -> c.submission().occurredAt()).toList());
            if (candidates.isEmpty()) {
                return;
            }
            List<MilestoneIntake.Outcome> outcomes = intake.record(candidates);
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) instanceof MilestoneIntake.Outcome.Conflict conflict) {
                    deadLetters.record(accepted.get(i), "CONFLICT", conflict.refusal().getMessage());
                }
            }
        };
    }
}

package no.nav.overgang.intake.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.simulator.CaseHistories;
import no.nav.overgang.simulator.SimulationSettings;
import no.nav.overgang.simulator.SimulatorMain;
import no.nav.overgang.simulator.SourceRecord;
import no.nav.overgang.testkit.Infrastructure;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/** The simulator's output, in the sources' own formats, passes through the intake without a single dead letter. */
@ServiceTest
class SimulatedHistoriesTest {

    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static final List<String> READ_TOPICS = List.of(Topics.MILESTONE_INBOUND.name(),
            Topics.SOURCE_SYKEPENGER.name(), Topics.SOURCE_AAP.name(), Topics.SOURCE_UFORETRYGD.name());

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_simulated_milestone_is_recorded_and_nothing_is_dead_lettered() throws Exception {
        SimulationSettings settings = new SimulationSettings(120, LocalDate.parse("2024-01-01"), 365, Instant.now(),
                List.of("0315", "0312", "1201"), 11, 0.5, 1.0, 0, Infrastructure.shared().kafkaBootstrapServers(),
                null);

        CaseHistories.Simulation simulation = SimulatorMain.run(settings, new PrintStream(new ByteArrayOutputStream()));

        Set<String> expected = simulation.records().stream().filter(SourceRecord::milestone)
                .map(SourceRecord::eventId).collect(Collectors.toSet());
        Set<String> all = simulation.records().stream().map(SourceRecord::eventId).collect(Collectors.toSet());
        assertThat(expected).as("milestones the simulation should produce").hasSizeGreaterThan(500);
        awaitIntakeHasRead(READ_TOPICS);
        await().atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM outbox WHERE topic = ?", Long.class, Topics.MILESTONE_DEAD_LETTERS.name()) == 0);
        try (TopicProbe probe = new TopicProbe()) {
            List<String> letters = probe.readAll(Topics.MILESTONE_DEAD_LETTERS.name(), Duration.ofSeconds(5), r -> true)
                    .stream().map(r -> (DeadLetterRecorded) EventJson.read(r.value()).payload())
                    .filter(letter -> all.stream().anyMatch(id -> letter.originalPayload().contains(id)))
                    .map(letter -> letter.reason() + ": " + letter.detail()).toList();
            assertThat(letters).as("dead letters of simulated records").isEmpty();
            Map<String, Long> recorded = probe.readAll(Topics.MILESTONES.name(), WITHIN,
                            records -> sourceEventIds(records).containsAll(expected))
                    .stream().map(r -> EventJson.read(r.value()).payload())
                    .filter(MilestoneRecorded.class::isInstance)
                    .map(m -> ((MilestoneRecorded) m).sourceEventId())
                    .filter(all::contains)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(recorded.keySet()).as("source events recorded as milestones").isEqualTo(expected);
            assertThat(recorded.values()).as("milestones per source event").containsOnly(1L);
        }
    }

    private static Set<String> sourceEventIds(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records) {
        // the source watermark's markers share the topic
        return records.stream().map(r -> EventJson.read(r.value()).payload())
                .filter(MilestoneRecorded.class::isInstance)
                .map(m -> ((MilestoneRecorded) m).sourceEventId())
                .collect(Collectors.toSet());
    }

    /** Until the intake's committed offsets reach the end of every topic it reads: every record is processed. */
    private static void awaitIntakeHasRead(List<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.shared().kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values()
                    .stream().flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await().atMost(WITHIN).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("overgang-intake")
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue());
            });
        }
    }
}

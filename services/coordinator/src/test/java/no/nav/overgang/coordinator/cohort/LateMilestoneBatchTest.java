package no.nav.overgang.coordinator.cohort;

import static no.nav.overgang.coordinator.CaseEvents.aMondayWellAfter;
import static no.nav.overgang.coordinator.CaseEvents.milestone;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKeyIn;
import static no.nav.overgang.coordinator.CaseEvents.week39Notice;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.TimelineEntry;
import no.nav.overgang.coordinator.randomisation.Randomiser;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.events.payload.SourceWatermarkAdvanced;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.consumer.ResilientBatchProcessor;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/**
 * Late milestones are applied per polled batch ({@link LateMilestones}) with the answer applying each on arrival
 * gave. The batches are handed to the service's own listener (the platform's batch processor, its dispatcher and
 * handlers, and PostgreSQL), so that what one poll holds is certain: the same milestones in one batch, and one record
 * per poll on other partitions with other cases of the same arms, must give the same cases, timelines and events.
 */
@ServiceTest
class LateMilestoneBatchTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final AtomicLong OFFSETS = new AtomicLong();

    @Autowired
    CaseRepository cases;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Randomiser randomiser;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ConcurrentMessageListenerContainer<String, byte[]> eventConsumer;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void late_milestones_in_one_batch_give_what_one_per_poll_gives() {
        Instant monday = aMondayWellAfter(clock.now());
        List<String> batchedKeys = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            batchedKeys.add(newCaseKey());
        }
        // the same arms for the second run's cases: the keyed-hash randomiser allocates by case key
        List<String> onePerPollKeys = batchedKeys.stream().map(key -> newCaseKeyIn(randomiser,
                arm -> arm.id().equals(armOf(key)))).toList();
        Scenario batched = new Scenario(monday, batchedKeys, 0, 1);
        Scenario onePerPoll = new Scenario(monday, onePerPollKeys, 2, 3);

        double lateBefore = lateCount();
        handle(batched.setup());
        handle(batched.records());
        assertThat(lateCount() - lateBefore).as("one count per late milestone").isEqualTo(batched.late);

        handle(onePerPoll.setup());
        for (ConsumerRecord<String, byte[]> record : onePerPoll.records()) {
            handle(List.of(record));
        }

        assertThat(outcome(onePerPoll)).isEqualTo(outcome(batched));
        // what the scenario is there to show: a case entered, one ended by a late milestone read before its entry
        String outcome = outcome(batched);
        assertThat(outcome).contains("LATE_MILESTONE", "ENTERED", "CLARIFIED");
        assertThat(cases.find(batchedKeys.get(0)).orElseThrow().state()).isEqualTo(CaseState.CLARIFIED);
        assertThat(cases.find(batchedKeys.get(3)).orElseThrow().entryEventId())
                .as("entered by the late milestone read after the marker that applied its partition")
                .isNotNull();
        for (String key : batchedKeys) {
            assertThat(cases.find(key)).as("case %s entered", key).isPresent();
        }
    }

    @Test
    void a_late_milestone_a_pending_one_and_another_late_one_of_one_case_in_one_batch() {
        Instant monday = aMondayWellAfter(clock.now());
        String caseKey = newCaseKey();
        int partition = 4;
        Instant watermark = monday.plus(Duration.ofDays(10));
        handle(List.of(marker(partition, watermark)));
        EventEnvelope<MilestoneRecorded> entering = week39Notice(caseKey, "02447140090",
                monday.plus(Duration.ofDays(3)));
        EventEnvelope<MilestoneRecorded> waiting = milestone(caseKey, "02447140090", SourceSystem.SYKEPENGER,
                MilestoneType.MAX_DATE_REACHED, MilestoneDetails.none(), monday.plus(Duration.ofDays(12)));
        EventEnvelope<MilestoneRecorded> ending = milestone(caseKey, "02447140090", SourceSystem.SYKEPENGER,
                MilestoneType.RETURNED_TO_WORK, MilestoneDetails.none(), monday.plus(Duration.ofDays(4)));

        double lateBefore = lateCount();
        handle(List.of(record(partition, entering), record(partition, waiting), record(partition, ending)));

        assertThat(lateCount() - lateBefore).isEqualTo(2);
        assertThat(cases.find(caseKey).orElseThrow().state()).isEqualTo(CaseState.CLARIFIED);
        List<TimelineEntry> timeline = cases.timeline(caseKey);
        assertThat(timeline.stream().filter(e -> e.step().equals("LATE_MILESTONE")).map(TimelineEntry::causeEventId))
                .containsExactly(entering.eventId(), ending.eventId());
        TimelineEntry end = timeline.stream().filter(e -> ending.eventId().equals(e.causeEventId())
                && !e.step().equals("LATE_MILESTONE")).findFirst().orElseThrow();
        assertThat(end.stateAfter()).isEqualTo(CaseState.CLARIFIED);
        assertThat(jdbc.queryForObject("SELECT pending FROM case_milestone WHERE event_id = ?", Boolean.class,
                waiting.eventId())).as("the pending one waits for its watermark").isTrue();
    }

    /**
     * Eight cases on two partitions, their milestones read after a watermark of monday + 10 days on both: late ones
     * in an order unlike business time, one that waits for its watermark between two late ones of its case, and a
     * marker in the batch that a later late milestone of its partition applies first.
     */
    private final class Scenario {

        private final List<String> keys;
        private final int first;
        private final int second;
        private final Instant watermark;
        private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        private final Map<String, String> symbols = new LinkedHashMap<>();
        private int late;

        private Scenario(Instant monday, List<String> keys, int first, int second) {
            this.keys = keys;
            this.first = first;
            this.second = second;
            this.watermark = monday.plus(Duration.ofDays(10));
            String a = keys.get(0);
            String b = keys.get(1);
            String c = keys.get(2);
            String d = keys.get(3);
            // case A: a return to work after its entry arrives before the notice that enters it: it ends the case
            late(first, milestone(a, "15436840087", SourceSystem.SYKEPENGER, MilestoneType.RETURNED_TO_WORK,
                    MilestoneDetails.none(), monday.plus(Duration.ofDays(6))));
            late(first, week39Notice(a, "15436840087", monday.plus(Duration.ofDays(2))));
            // case B: late, then one that waits for its watermark, then late again
            late(first, week39Notice(b, "02447140090", monday.plus(Duration.ofDays(3))));
            add(first, milestone(b, "02447140090", SourceSystem.SYKEPENGER, MilestoneType.MAX_DATE_REACHED,
                    MilestoneDetails.none(), monday.plus(Duration.ofDays(12))));
            late(first, milestone(b, "02447140090", SourceSystem.SYKEPENGER, MilestoneType.RETURNED_TO_WORK,
                    MilestoneDetails.none(), monday.plus(Duration.ofDays(4))));
            // case C on the other partition, with one that waits for the marker read after it
            late(second, week39Notice(c, "31525940023", monday.plus(Duration.ofDays(1))));
            add(second, milestone(c, "31525940023", SourceSystem.SYKEPENGER, MilestoneType.MAX_DATE_REACHED,
                    MilestoneDetails.none(), monday.plus(Duration.ofDays(11))));
            records.add(marker(second, monday.plus(Duration.ofDays(15))));
            // case D: late below the marker just read, which is applied before it
            late(second, week39Notice(d, "07478540048", monday.plus(Duration.ofDays(12))));
            // more cases, late, in no business-time order
            for (int i = 4; i < keys.size(); i++) {
                late(i % 2 == 0 ? first : second, week39Notice(keys.get(i), "02447140090",
                        monday.plus(Duration.ofDays(9 - i))));
            }
            for (int i = 0; i < keys.size(); i++) {
                symbols.put(keys.get(i), "case" + i);
                symbols.put(MilestoneHandler.conferenceIdFor(keys.get(i)).toString(), "conference" + i);
            }
        }

        private void late(int partition, EventEnvelope<MilestoneRecorded> event) {
            late++;
            add(partition, event);
        }

        private void add(int partition, EventEnvelope<MilestoneRecorded> event) {
            String name = "milestone" + records.size();
            symbols.put(event.eventId().toString(), name);
            for (EventType type : EventType.values()) {
                symbols.put(EventIds.derived(event.eventId(), type, null).toString(), type + "(" + name + ")");
            }
            records.add(record(partition, event));
        }

        private List<ConsumerRecord<String, byte[]>> setup() {
            return List.of(marker(first, watermark), marker(second, watermark));
        }

        private List<ConsumerRecord<String, byte[]>> records() {
            return records;
        }

        private String normalised(String text) {
            String result = text;
            for (Map.Entry<String, String> symbol : symbols.entrySet()) {
                result = result.replace(symbol.getKey(), symbol.getValue());
            }
            return result.replaceAll("\"recordedAt\":\"[^\"]*\"", "");
        }
    }

    /** Each case as it stands, its timeline and the events it caused, with the run's own ids named. */
    private String outcome(Scenario scenario) {
        List<ConsumerRecord<String, String>> published = probe.readAll(Topics.CASES.name(), WITHIN,
                records -> scenario.keys.stream().allMatch(key -> records.stream().anyMatch(r -> key.equals(r.key()))));
        StringBuilder outcome = new StringBuilder();
        for (String key : scenario.keys) {
            outcome.append(cases.find(key).map(Object::toString).orElse("not in the cohort")).append('\n');
            cases.timeline(key).forEach(entry -> outcome.append(entry).append('\n'));
            published.stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).distinct()
                    .forEach(value -> outcome.append(value).append('\n'));
        }
        return scenario.normalised(outcome.toString());
    }

    private void handle(List<ConsumerRecord<String, byte[]>> records) {
        ((ResilientBatchProcessor) eventConsumer.getContainerProperties().getMessageListener()).onMessage(records);
    }

    private double lateCount() {
        return meters.counter(MilestoneHandler.LATE_METRIC).count();
    }

    private String armOf(String caseKey) {
        return randomiser.assign(new Randomiser.Allocation(caseKey, "SYKEPENGER|0315", "0315")).arm().id();
    }

    private static ConsumerRecord<String, byte[]> record(int partition, EventEnvelope<?> event) {
        return new ConsumerRecord<>(Topics.MILESTONES.name(), partition, OFFSETS.getAndIncrement(), event.caseKey(),
                EventJson.write(event));
    }

    private static ConsumerRecord<String, byte[]> marker(int partition, Instant completeBefore) {
        int partitions = Topics.MILESTONES.partitions();
        return record(partition, EventEnvelope.first(UUID.randomUUID(),
                new SourceWatermarkAdvanced(partition, partitions, completeBefore), completeBefore, Instant.now(),
                "overgang-intake", null));
    }
}

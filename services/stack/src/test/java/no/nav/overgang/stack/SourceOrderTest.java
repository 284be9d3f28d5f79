package no.nav.overgang.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import no.nav.overgang.events.TopicSpec;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.person.BirthDates;
import no.nav.overgang.simulator.CaseHistories;
import no.nav.overgang.simulator.SimulationSettings;
import no.nav.overgang.simulator.SourceRecord;
import no.nav.overgang.simulator.SyntheticNationalIds;
import no.nav.overgang.testkit.Infrastructure;
import no.nav.overgang.testkit.TopicProbe;

/**
 * The same simulated history, read by the intake in two different orders — all sykepenger first, then everything
 * else; all AAP first, then everything else (the other source topics' partitions are paused meanwhile) — must give
 * the coordinator the same cohort: the same entries, index dates, rules, strata and ends (docs/PILOT.md, "Ordering
 * and the source watermark"). The second reading is of the same persons under other synthetic national ids and
 * source event ids (born the same day), so both run through one stack. The arm follows from the case key (keyed
 * hash), so arms, and the open states that depend on them, are not compared.
 */
class SourceOrderTest {

    private static final Duration WITHIN = Duration.ofSeconds(180);
    private static final List<TopicSpec> SOURCES = List.of(Topics.SOURCE_SYKEPENGER, Topics.SOURCE_AAP,
            Topics.SOURCE_UFORETRYGD, Topics.MILESTONE_INBOUND);

    @Test
    void the_cohort_does_not_depend_on_the_order_the_intake_reads_the_source_topics_in() {
        OvergangStack stack = TestStack.shared();
        // after the fixed dates the other end-to-end tests submit, so none of this history is late
        CaseHistories.Simulation simulation = new CaseHistories(new SimulationSettings(250,
                LocalDate.parse("2026-03-03"), 90, Instant.now().minus(Duration.ofDays(1)), List.of("0315", "1201"),
                20260303L, 0.5, 1.0, 0, Infrastructure.shared().kafkaBootstrapServers(), null)).generate();
        Map<String, String> otherIds = otherNationalIds(simulation);

        Map<String, Map<String, Object>> first = run(stack, Topics.SOURCE_SYKEPENGER, simulation, Map.of(), "");
        Map<String, Map<String, Object>> second = run(stack, Topics.SOURCE_AAP, simulation, otherIds, "-b");

        assertThat(first).as("cases of the history that entered the cohort").hasSizeGreaterThan(5);
        Map<String, Map<String, Object>> secondByFirstId = second.entrySet().stream().collect(Collectors.toMap(
                e -> inverse(otherIds).get(e.getKey()), Map.Entry::getValue));
        assertThat(secondByFirstId).as("read AAP first, against read sykepenger first, person by person")
                .isEqualTo(first);
    }

    /**
     * Publishes the history with the other source topics paused until every milestone of {@code first} is recorded,
     * waits until the coordinator has applied every milestone, and returns the entered cases by national id.
     */
    private static Map<String, Map<String, Object>> run(OvergangStack stack, TopicSpec first,
                                                        CaseHistories.Simulation simulation, Map<String, String> ids,
                                                        String idSuffix) {
        List<SourceRecord> records = simulation.records();
        List<String> persons = simulation.persons().stream().map(CaseHistories.Person::nationalId).toList();
        @SuppressWarnings("unchecked")
        ConcurrentMessageListenerContainer<String, byte[]> intake = stack.context(ServiceKind.INTAKE)
                .getBean("inboundMilestoneConsumer", ConcurrentMessageListenerContainer.class);
        JdbcTemplate intakeDb = stack.context(ServiceKind.INTAKE).getBean(JdbcTemplate.class);
        JdbcTemplate coordinatorDb = stack.context(ServiceKind.COORDINATOR).getBean(JdbcTemplate.class);
        List<TopicPartition> held = new ArrayList<>();
        for (TopicSpec topic : SOURCES) {
            if (!topic.equals(first)) {
                for (int p = 0; p < topic.partitions(); p++) {
                    held.add(new TopicPartition(topic.name(), p));
                }
            }
        }
        held.forEach(intake::pausePartition);
        await().atMost(WITHIN).until(() -> held.stream().allMatch(intake::isPartitionPaused));

        List<String> eventIds = new ArrayList<>();
        List<String> firstIds = new ArrayList<>();
        try (TopicProbe probe = new TopicProbe()) {
            for (SourceRecord record : records) {
                // the sources' event ids are UUIDs: another reading gets other UUIDs, derived from the first
                String eventId = idSuffix.isEmpty() ? record.eventId()
                        : UUID.nameUUIDFromBytes((record.eventId() + idSuffix).getBytes(StandardCharsets.UTF_8))
                        .toString();
                String value = new String(record.value(), StandardCharsets.UTF_8).replace(record.eventId(), eventId);
                for (Map.Entry<String, String> id : ids.entrySet()) {
                    value = value.replace(id.getKey(), id.getValue());
                }
                probe.send(record.topic(), record.key() + idSuffix, value);
                if (record.milestone()) {
                    eventIds.add(eventId);
                    if (record.topic().equals(first.name())) {
                        firstIds.add(eventId);
                    }
                }
            }
        }
        await().atMost(WITHIN).until(() -> recorded(intakeDb, firstIds) == firstIds.size());
        held.forEach(intake::resumePartition);
        await().atMost(WITHIN).until(() -> recorded(intakeDb, eventIds) == eventIds.size());

        Map<String, String> byCaseKey = new HashMap<>();
        persons.stream().map(id -> ids.getOrDefault(id, id))
                .forEach(id -> byCaseKey.put(TestStack.CASE_KEYS.caseKey(id), id));
        Object keys = byCaseKey.keySet().toArray(String[]::new);
        await().atMost(WITHIN).until(() -> coordinatorDb.queryForObject(
                "SELECT count(*) FROM case_milestone WHERE case_key = ANY (?) AND NOT pending", Integer.class, keys)
                == eventIds.size());
        Map<String, Map<String, Object>> entered = new HashMap<>();
        coordinatorDb.queryForList("""
                SELECT case_key, index_date, entered_at, rule_id, rule_version, source_benefit, stratum,
                    CASE WHEN end_kind IS NULL THEN 'OPEN' ELSE state END AS state, end_kind, ended_at, end_rule_id
                FROM pilot_case WHERE case_key = ANY (?)""", keys)
                .forEach(row -> entered.put(byCaseKey.get((String) row.remove("case_key")), row));
        return entered;
    }

    private static int recorded(JdbcTemplate intakeDb, List<String> sourceEventIds) {
        return intakeDb.queryForObject("SELECT count(*) FROM received_milestone WHERE source_event_id = ANY (?)",
                Integer.class, (Object) sourceEventIds.toArray(String[]::new));
    }

    /** Another synthetic national id for each person, born the same day. */
    private static Map<String, String> otherNationalIds(CaseHistories.Simulation simulation) {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, String> other = new HashMap<>();
        List<String> persons = simulation.persons().stream().map(CaseHistories.Person::nationalId).toList();
        for (String id : persons) {
            String replacement;
            do {
                replacement = SyntheticNationalIds.generate(BirthDates.of(id).orElseThrow(), random);
            } while (replacement.equals(id) || persons.contains(replacement) || other.containsValue(replacement));
            other.put(id, replacement);
        }
        return other;
    }

    private static Map<String, String> inverse(Map<String, String> map) {
        return map.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    }
}

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
import java.util.regex.Pattern;
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
 * and the source watermark"). The whole history is in the topics before the intake reads it, as in a replay. The
 * first reading is of the history moved 52 weeks earlier (so the second is after it in business time); the second of
 * the same persons under other synthetic national ids and source event ids (born the same day), so both run through
 * one stack; it runs in its own JVM (services/stack/pom.xml), so no other test's history is ahead of it. The arm
 * follows from the case key (keyed hash), so arms, and the open states that depend on them, are not compared.
 */
class SourceOrderTest {

    private static final Duration WITHIN = Duration.ofSeconds(180);
    private static final int YEAR_DAYS = 364;
    private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)");
    private static final List<TopicSpec> SOURCES = List.of(Topics.SOURCE_SYKEPENGER, Topics.SOURCE_AAP,
            Topics.SOURCE_UFORETRYGD, Topics.MILESTONE_INBOUND);

    @Test
    void the_cohort_does_not_depend_on_the_order_the_intake_reads_the_source_topics_in() {
        OvergangStack stack = TestStack.shared();
        // The first reading is the history moved 52 weeks (same weekdays) earlier, so that the second is after it in
        // business time: a history that repeated the first one's times would be entirely late (docs/PILOT.md).
        CaseHistories.Simulation simulation = new CaseHistories(new SimulationSettings(250,
                LocalDate.parse("2026-03-03"), 90, Instant.now().minus(Duration.ofDays(1)), List.of("0315", "1201"),
                20260303L, 0.5, 1.0, 0, Infrastructure.shared().kafkaBootstrapServers(), null)).generate();
        // the same persons under other national ids (born the same day), so that both readings run through one stack
        Map<String, String> otherIds = otherNationalIds(simulation);

        Map<String, Map<String, Object>> first = run(stack, Topics.SOURCE_SYKEPENGER, simulation, Map.of(), "",
                YEAR_DAYS);
        Map<String, Map<String, Object>> second = run(stack, Topics.SOURCE_AAP, simulation, otherIds, "-b", 0);

        assertThat(first).as("cases of the history that entered the cohort").hasSizeGreaterThan(5);
        assertThat(byPerson(second, simulation, inverse(otherIds)))
                .as("read AAP first, against read sykepenger first a year earlier, person by person")
                .isEqualTo(byPerson(first, simulation, Map.of()));
    }

    /** The rows by the person's place in the simulation, which is the same in both readings. */
    private static Map<Integer, Map<String, Object>> byPerson(Map<String, Map<String, Object>> rows,
                                                              CaseHistories.Simulation simulation,
                                                              Map<String, String> simulatedIds) {
        List<String> persons = simulation.persons().stream().map(CaseHistories.Person::nationalId).toList();
        return rows.entrySet().stream().collect(Collectors.toMap(
                e -> persons.indexOf(simulatedIds.getOrDefault(e.getKey(), e.getKey())), Map.Entry::getValue));
    }

    private static CaseHistories.Simulation simulation(LocalDate from, Instant until) {
        return new CaseHistories(new SimulationSettings(250, from, 90, until, List.of("0315", "1201"), 20260303L, 0.5,
                1.0, 0, Infrastructure.shared().kafkaBootstrapServers(), null)).generate();
    }

    /**
     * Publishes the history with the other source topics paused until every milestone of {@code first} is recorded,
     * waits until the coordinator has applied every milestone, and returns the entered cases by national id, their
     * times moved {@code shiftDays} later.
     */
    private static Map<String, Map<String, Object>> run(OvergangStack stack, TopicSpec first,
                                                        CaseHistories.Simulation simulation, Map<String, String> ids,
                                                        String idSuffix, int shiftDays) {
        List<SourceRecord> records = simulation.records();
        List<String> persons = simulation.persons().stream().map(CaseHistories.Person::nationalId).toList();
        @SuppressWarnings("unchecked")
        ConcurrentMessageListenerContainer<String, byte[]> intake = stack.context(ServiceKind.INTAKE)
                .getBean("inboundMilestoneConsumer", ConcurrentMessageListenerContainer.class);
        JdbcTemplate intakeDb = stack.context(ServiceKind.INTAKE).getBean(JdbcTemplate.class);
        JdbcTemplate coordinatorDb = stack.context(ServiceKind.COORDINATOR).getBean(JdbcTemplate.class);
        List<TopicPartition> held = new ArrayList<>();
        List<TopicPartition> firstPartitions = new ArrayList<>();
        for (TopicSpec topic : SOURCES) {
            for (int p = 0; p < topic.partitions(); p++) {
                (topic.equals(first) ? firstPartitions : held).add(new TopicPartition(topic.name(), p));
            }
        }
        // the whole history is in the topics before the intake reads any of it, as in a replay: a record still on
        // its way when the intake reads another topic's would be late, and applied in arrival order
        firstPartitions.forEach(intake::pausePartition);
        held.forEach(intake::pausePartition);
        await().atMost(WITHIN).until(() -> firstPartitions.stream().allMatch(intake::isPartitionPaused)
                && held.stream().allMatch(intake::isPartitionPaused));

        List<String> eventIds = new ArrayList<>();
        List<String> firstIds = new ArrayList<>();
        try (TopicProbe probe = new TopicProbe()) {
            for (SourceRecord record : records) {
                // the sources' event ids are UUIDs: another reading gets other UUIDs, derived from the first
                String eventId = idSuffix.isEmpty() ? record.eventId()
                        : UUID.nameUUIDFromBytes((record.eventId() + idSuffix).getBytes(StandardCharsets.UTF_8))
                        .toString();
                String value = earlier(new String(record.value(), StandardCharsets.UTF_8), shiftDays)
                        .replace(record.eventId(), eventId);
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
        firstPartitions.forEach(intake::resumePartition);
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
                SELECT case_key, index_date + ? AS index_date, entered_at + make_interval(days => ?) AS entered_at,
                    rule_id, rule_version, source_benefit, stratum,
                    CASE WHEN end_kind IS NULL THEN 'OPEN' ELSE state END AS state, end_kind,
                    ended_at + make_interval(days => ?) AS ended_at, end_rule_id
                FROM pilot_case WHERE case_key = ANY (?)""", shiftDays, shiftDays, shiftDays, keys)
                .forEach(row -> entered.put(byCaseKey.get((String) row.remove("case_key")), row));
        return entered;
    }

    /** The source event with every date in it (dates, and the dates of date-times) {@code days} earlier. */
    private static String earlier(String json, int days) {
        return days == 0 ? json : DATE.matcher(json).replaceAll(m -> LocalDate.parse(m.group()).minusDays(days)
                .toString());
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
            } while (persons.contains(replacement) || other.containsValue(replacement));
            other.put(id, replacement);
        }
        return other;
    }

    private static Map<String, String> inverse(Map<String, String> map) {
        return map.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    }
}

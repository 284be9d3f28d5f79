package no.nav.overgang.coordinator;

import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKeyOnTheSamePartitionAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import no.nav.overgang.coordinator.cohort.MilestoneHandler;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.DisabilityDecisionResult;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.testkit.InfrastructureInitializer;
import no.nav.overgang.testkit.TopicProbe;

/**
 * One simulated history — a year of milestones, conference outcomes and handovers for 40 cases, some arriving out of
 * order — processed twice by fresh coordinators, each with its own tables: once live, as the history is published,
 * and once replayed from the beginning of the topics at full speed after all of it is there. They must agree on the
 * cohort, every assignment (stratified permuted blocks, the order-sensitive method) and every case's state and end.
 */
class ReplayTest {

    private static final int CASES = 40;
    private static final Instant START = Instant.parse("2030-01-07T08:00:00Z");
    private static final List<String> OFFICES = List.of("5501", "5502");
    private static final String PERSON = "15436840087";

    @Test
    void replaying_the_same_history_twice_gives_the_same_cohort_assignments_and_states() {
        List<EventEnvelope<?>> history = simulatedHistory(new Random(20300107L));
        List<UUID> eventIds = history.stream().map(EventEnvelope::eventId).toList();
        List<String> caseKeys = history.stream().map(EventEnvelope::caseKey).distinct().toList();

        try (var live = coordinator("live")) {
            try (TopicProbe probe = new TopicProbe()) {
                history.forEach(event -> probe.send(event.type().topic().name(), event.caseKey(),
                        EventJson.writeString(event)));
                // the whole history is there: the milestones are applied in business-time order, whatever their order
                SourceWatermarks.passed(history.stream().map(EventEnvelope::occurredAt).max(Instant::compareTo)
                        .orElseThrow());
            }
            List<Map<String, Object>> firstResult = once(live, eventIds, caseKeys);
            List<Map<String, Object>> secondResult;
            try (var replay = coordinator("replay")) {
                secondResult = once(replay, eventIds, caseKeys);
            }

            assertThat(secondResult).as("the replay against the live run, case by case").isEqualTo(firstResult);
            assertThat(firstResult).as("cases in the cohort").hasSizeGreaterThan(CASES / 2);
            assertThat(firstResult).extracting(row -> row.get("state")).as("every kind of end occurs")
                    .contains("CLARIFIED", "ENDED_BY_COMPETING_EVENT", "CENSORED");
            assertThat(firstResult).extracting(row -> row.get("end_kind"))
                    .as("open cases were censored when follow-up ended").contains("END_OF_FOLLOW_UP");
            assertThat(firstResult).allSatisfy(row -> assertThat(row.get("method")).isEqualTo("permuted-blocks"));
            Map<Object, Long> perArm = firstResult.stream()
                    .collect(Collectors.groupingBy(row -> row.get("arm"), Collectors.counting()));
            assertThat(perArm.values()).as("arms within a block or two of each other: %s", perArm)
                    .allSatisfy(n -> assertThat(n).isBetween((long) firstResult.size() / 3 - 4,
                            (long) firstResult.size() / 3 + 4));
        }
    }

    /** Waits until the coordinator has processed every event of the history, then reads the simulated cases. */
    private static List<Map<String, Object>> once(ConfigurableApplicationContext coordinator, List<UUID> eventIds,
                                                  List<String> caseKeys) {
        JdbcTemplate jdbc = coordinator.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM inbox WHERE event_id = ANY (?)", Integer.class,
                (Object) eventIds.toArray(UUID[]::new)) == eventIds.size());
        // every milestone applied (the watermark passed them all), and the history goes past the end of follow-up:
        // every case ends, the open ones censored by the timer
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM case_milestone WHERE case_key = ANY (?) AND pending)
                     + (SELECT count(*) FROM pilot_case WHERE case_key = ANY (?) AND end_kind IS NULL)""",
                Integer.class, caseKeys.toArray(String[]::new), caseKeys.toArray(String[]::new)) == 0);
        return jdbc.queryForList("""
                SELECT case_key, arm, method, method_version, allocation_index, stratum, index_date, rule_id,
                    rule_version, state, end_kind, ended_at, end_rule_id, end_explanation
                FROM pilot_case WHERE case_key = ANY (?) ORDER BY case_key""", (Object) caseKeys.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext coordinator(String name) {
        Map<String, Object> settings = Map.of(
                "server.port", "0",
                "overgang.platform.service-name", "overgang-coordinator-replay-" + name,
                "overgang.platform.schema", "coordinator_replay_" + name,
                "spring.flyway.locations", "classpath:db/platform,classpath:db/coordinator",
                "overgang.coordinator.randomisation-method", "permuted-blocks",
                "overgang.coordinator.pilot.offices", "0315,0301,1201," + String.join(",", OFFICES),
                "overgang.coordinator.pilot.follow-up-ends-on", "2030-12-31");
        return new SpringApplicationBuilder(CoordinatorApplication.class)
                .initializers(new InfrastructureInitializer(), context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("replay-" + name, settings)))
                .run();
    }

    /**
     * Cases on one partition (so their milestones keep one order), in two strata per office; each enters by a
     * week-39 notice or an approaching AAP end, may get a conference outcome and a handover, and may end by a
     * decision, a return to work, death, emigration or a move out of the pilot — sometimes published before the
     * entering milestone. A last milestone, dated after the end of follow-up, censors the open cases.
     */
    private static List<EventEnvelope<?>> simulatedHistory(Random random) {
        String partitionMate = newCaseKey();
        List<EventEnvelope<?>> history = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String caseKey = newCaseKeyOnTheSamePartitionAs(partitionMate);
            String office = OFFICES.get(i % 2);
            boolean sickness = i % 4 < 2;
            Instant entry = START.plus(Duration.ofDays(random.nextInt(200)));
            List<EventEnvelope<?>> ofCase = new ArrayList<>();
            ofCase.add(sickness
                    ? milestone(caseKey, SourceSystem.SYKEPENGER, MilestoneType.WEEK_39_NOTICE, office, entry,
                    new MilestoneDetails(null, 61, null, null, null, null, null))
                    : milestone(caseKey, SourceSystem.AAP, MilestoneType.AAP_END_APPROACHING, office, entry,
                    new MilestoneDetails(null, null, "11-6", LocalDate.parse("2030-12-31"), null, null, null)));
            if (random.nextInt(3) > 0) {
                UUID conferenceId = MilestoneHandler.conferenceIdFor(caseKey);
                ofCase.add(event(caseKey, entry.plus(Duration.ofDays(3 + random.nextInt(20))),
                        new ConferenceOutcomeRecorded(conferenceId, "pilot-office", office, "4402", "A plan", false,
                                List.of(), null)));
                ofCase.add(event(caseKey, entry.plus(Duration.ofDays(25)),
                        new HandoverCreated(UUID.nameUUIDFromBytes(caseKey.getBytes()), conferenceId, "pilot-office",
                                office, "4402")));
            }
            Instant end = entry.plus(Duration.ofDays(10 + random.nextInt(150)));
            switch (random.nextInt(7)) {
                case 0 -> ofCase.add(milestone(caseKey, SourceSystem.UFORETRYGD, MilestoneType.DISABILITY_DECISION,
                        office, end, new MilestoneDetails(null, null, null, null,
                                DisabilityDecisionResult.values()[random.nextInt(3)], null, null)));
                case 1 -> ofCase.add(milestone(caseKey, SourceSystem.SYKEPENGER, MilestoneType.RETURNED_TO_WORK, office,
                        end, MilestoneDetails.none()));
                case 2 -> ofCase.add(milestone(caseKey, SourceSystem.FOLKEREGISTER, MilestoneType.DIED, office, end,
                        MilestoneDetails.none()));
                case 3 -> ofCase.add(milestone(caseKey, SourceSystem.FOLKEREGISTER, MilestoneType.EMIGRATED, office,
                        end, MilestoneDetails.none()));
                case 4 -> ofCase.add(milestone(caseKey, SourceSystem.FOLKEREGISTER, MilestoneType.MOVED_OFFICE, office,
                        end, new MilestoneDetails(null, null, null, null, null, null, "1103")));
                default -> {
                    // stays open until follow-up ends
                }
            }
            if (random.nextInt(4) == 0) {
                Collections.reverse(ofCase);
            }
            history.addAll(ofCase);
        }
        history.add(milestone(newCaseKeyOnTheSamePartitionAs(partitionMate), SourceSystem.SYKEPENGER,
                MilestoneType.SICK_LEAVE_STARTED, "5501", Instant.parse("2031-01-15T08:00:00Z"),
                MilestoneDetails.none()));
        return history;
    }

    private static EventEnvelope<MilestoneRecorded> milestone(String caseKey, SourceSystem source, MilestoneType type,
                                                              String office, Instant at, MilestoneDetails details) {
        return EventEnvelope.first(UUID.randomUUID(), new MilestoneRecorded(source.name().toLowerCase() + "-"
                + UUID.randomUUID(), source, type, PERSON, office, details), at, at.plusSeconds(1), "overgang-intake",
                caseKey);
    }

    private static EventEnvelope<?> event(String caseKey, Instant at, EventPayload payload) {
        return EventEnvelope.first(UUID.randomUUID(), payload, at, at.plusSeconds(1), "overgang-conference", caseKey);
    }
}

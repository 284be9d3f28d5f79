package no.nav.overgang.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.nav.overgang.events.Topics;
import no.nav.overgang.testkit.TopicProbe;

/**
 * The walking skeleton across all five services on a real Kafka broker and a real PostgreSQL: a week-39 notice
 * posted to the intake enters the case in the cohort with an arm, pilot cases get a conference with three invited
 * roles, the conference outcome becomes a handover, and the metrics count all of it per arm.
 */
class WalkingSkeletonTest {

    private static final Duration FLOW = Duration.ofSeconds(60);

    @BeforeAll
    static void startTheSystem() {
        TestStack.shared();
    }

    @Test
    void a_week_39_notice_flows_from_intake_to_cohort_conference_handover_and_metrics() {
        // with three arms of equal weight, the chance that none of twelve cases lands in a pilot arm is (1/3)^12
        // (about 2 in a million); everything else is asserted per case, whatever its arm
        String office = TestStack.ownOffice();
        List<String> caseKeys = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String nationalId = TestStack.newPerson();
            assertThat(TestStack.postMilestone(TestStack.week39("e2e-" + UUID.randomUUID(), nationalId, office))
                    .getStatusCode().value()).isEqualTo(202);
            caseKeys.add(TestStack.CASE_KEYS.caseKey(nationalId));
        }

        Map<String, Map<String, Object>> cohort = awaitInCohort(caseKeys);
        List<String> pilotConferenceIds = new ArrayList<>();
        for (String caseKey : caseKeys) {
            Map<String, Object> row = cohort.get(caseKey);
            assertThat(row.get("ruleId")).isEqualTo("sykepenger-week39");
            assertThat((String) row.get("explanation")).startsWith("entered because: week-39 notice on 2026-03-02");
            boolean pilot = !row.get("arm").equals("control");
            assertThat(row.get("state")).isEqualTo(pilot ? "CONFERENCE_REQUESTED" : "ENTERED");
        }

        List<Map<String, Object>> conferences = await().atMost(FLOW).until(
                () -> TestStack.getList(ServiceKind.CONFERENCE, TestStack.adviser(office), "/api/conferences"),
                list -> list.size() >= pilotCount(cohort, caseKeys));
        assertThat(conferences).as("exactly one conference per pilot case").hasSize((int) pilotCount(cohort, caseKeys));
        for (Map<String, Object> conference : conferences) {
            pilotConferenceIds.add((String) conference.get("id"));
        }
        assertThat(pilotConferenceIds).isNotEmpty().doesNotHaveDuplicates();

        String conferenceId = pilotConferenceIds.getFirst();
        Map<String, Object> details = TestStack.client(ServiceKind.CONFERENCE, TestStack.adviser(office)).get()
                .uri("/api/conferences/{id}", conferenceId).retrieve().body(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> invitations = (List<Map<String, Object>>) details.get("invitations");
        assertThat(invitations).extracting(invitation -> invitation.get("role"))
                .containsExactlyInAnyOrder("NAV_OFFICE", "BENEFITS_UNIT", "MEDICAL_ADVISER");
        TestStack.holdWithOutcome(conferenceId, office);
        await().atMost(FLOW).until(
                () -> TestStack.getList(ServiceKind.HANDOVER, TestStack.caseworker("4402"), "/api/handovers"),
                handovers -> handovers.stream().anyMatch(h -> conferenceId.equals(h.get("conferenceId"))));

        await().atMost(FLOW).untilAsserted(this::metricsAgreeWithTheCohortAndTheConferences);
    }

    @Test
    void a_milestone_delivered_twice_over_http_and_again_on_kafka_has_one_effect() {
        String nationalId = TestStack.newPerson();
        String eventId = "e2e-dup-" + UUID.randomUUID();
        String caseKey = TestStack.CASE_KEYS.caseKey(nationalId);

        assertThat(TestStack.postMilestone(TestStack.week39(eventId, nationalId, "0315")).getStatusCode().value())
                .isEqualTo(202);
        assertThat(TestStack.postMilestone(TestStack.week39(eventId, nationalId, "0315")).getStatusCode().value())
                .isEqualTo(200);
        awaitInCohort(List.of(caseKey));
        try (TopicProbe probe = new TopicProbe(TestStack.shared().context(ServiceKind.INTAKE).getEnvironment()
                .getRequiredProperty("spring.kafka.bootstrap-servers"))) {
            String canonical = probe.readAll(Topics.MILESTONES.name(), FLOW,
                            records -> records.stream().anyMatch(r -> r.value().contains(eventId)))
                    .stream().filter(r -> r.value().contains(eventId)).findFirst().orElseThrow().value();
            // the broker redelivers the canonical milestone, and the coordinator's case events, once more
            probe.send(Topics.MILESTONES.name(), caseKey, canonical);
            List<String> caseEvents = probe.readAll(Topics.CASES.name(), FLOW,
                            records -> records.stream().anyMatch(r -> caseKey.equals(r.key())))
                    .stream().filter(r -> caseKey.equals(r.key())).map(r -> r.value()).toList();
            caseEvents.forEach(event -> probe.send(Topics.CASES.name(), caseKey, event));

            String marker = "e2e-marker-" + UUID.randomUUID();
            String markerId = TestStack.newPerson();
            TestStack.postMilestone(TestStack.week39(marker, markerId, "0315"));
            // a case submitted after the redelivery is through, and the counts per arm still agree with the cohort
            awaitInCohort(List.of(TestStack.CASE_KEYS.caseKey(markerId)));
            await().atMost(FLOW).untilAsserted(this::metricsAgreeWithTheCohortAndTheConferences);

            String markerKey = TestStack.CASE_KEYS.caseKey(markerId);
            long entries = probe.readAll(Topics.CASES.name(), FLOW,
                            records -> records.stream().anyMatch(r -> markerKey.equals(r.key()))).stream()
                    .filter(r -> caseKey.equals(r.key()) && r.value().contains("\"CaseEnteredCohort\""))
                    .map(r -> r.value().replaceAll(".*\"eventId\"\\s*:\\s*\"([^\"]+)\".*", "$1"))
                    .distinct().count();
            assertThat(entries).as("distinct CaseEnteredCohort events for the case").isEqualTo(1);
        }
        long inCohort = TestStack.getList(ServiceKind.COORDINATOR, TestStack.admin(), "/api/cohort?limit=1000")
                .stream().filter(row -> caseKey.equals(row.get("caseKey"))).count();
        assertThat(inCohort).isEqualTo(1);
    }

    @Test
    void a_coordinator_stopped_mid_stream_and_started_again_loses_nothing() {
        List<String> before = postPersons(3);
        TestStack.shared().stop(ServiceKind.COORDINATOR);
        List<String> whileDown = postPersons(4);
        TestStack.shared().start(ServiceKind.COORDINATOR);
        List<String> after = postPersons(2);

        List<String> all = new ArrayList<>(before);
        all.addAll(whileDown);
        all.addAll(after);
        Map<String, Map<String, Object>> cohort = awaitInCohort(all);
        assertThat(cohort).containsKeys(all.toArray(String[]::new));
        await().atMost(FLOW).untilAsserted(this::metricsAgreeWithTheCohortAndTheConferences);
    }

    private void metricsAgreeWithTheCohortAndTheConferences() {
        List<Map<String, Object>> cohort = TestStack.getList(ServiceKind.COORDINATOR, TestStack.admin(),
                "/api/cohort?limit=1000");
        List<Map<String, Object>> summary = TestStack.getList(ServiceKind.METRICS, TestStack.admin(),
                "/api/metrics/summary");
        for (String arm : List.of("control", "pilot-office", "pilot-unit")) {
            long entered = cohort.stream().filter(row -> arm.equals(row.get("arm"))).count();
            // every pilot case gets one conference at entry; one that other tests of the shared stack cancelled may
            // be requested once more when business time passes the re-request delay (at most 2 per case, docs/PILOT.md)
            long atEntry = arm.equals("control") ? 0 : entered;
            assertThat(count(summary, arm, "COHORT_ENTRIES")).as("cohort entries in %s", arm).isEqualTo(entered);
            assertThat(count(summary, arm, "CONFERENCES")).as("conferences in %s", arm)
                    .isBetween(atEntry, atEntry * 2);
        }
    }

    private static long count(List<Map<String, Object>> summary, String arm, String measure) {
        return summary.stream().filter(c -> arm.equals(c.get("arm")) && measure.equals(c.get("measure")))
                .mapToLong(c -> ((Number) c.get("count")).longValue()).sum();
    }

    private static List<String> postPersons(int count) {
        List<String> caseKeys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String nationalId = TestStack.newPerson();
            TestStack.postMilestone(TestStack.week39("e2e-" + UUID.randomUUID(), nationalId, "0315"));
            caseKeys.add(TestStack.CASE_KEYS.caseKey(nationalId));
        }
        return caseKeys;
    }

    private static Map<String, Map<String, Object>> awaitInCohort(List<String> caseKeys) {
        List<Map<String, Object>> cohort = await().atMost(FLOW).until(
                () -> TestStack.getList(ServiceKind.COORDINATOR, TestStack.admin(), "/api/cohort?limit=1000"),
                rows -> rows.stream().map(r -> r.get("caseKey")).toList().containsAll(caseKeys));
        Map<String, Map<String, Object>> byKey = new java.util.HashMap<>();
        cohort.forEach(row -> byKey.put((String) row.get("caseKey"), row));
        return byKey;
    }

    private static long pilotCount(Map<String, Map<String, Object>> cohort, List<String> caseKeys) {
        return caseKeys.stream().filter(k -> !"control".equals(cohort.get(k).get("arm"))).count();
    }
}

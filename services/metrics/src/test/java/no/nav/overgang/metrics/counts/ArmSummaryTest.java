package no.nav.overgang.metrics.counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.ConferenceCreated;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.events.payload.Invitation;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** Arm assignments, conferences and handovers in from their topics; counts per arm out to evaluators. */
@ServiceTest
class ArmSummaryTest {

    private static final Instant MONDAY_2_MARCH = Instant.parse("2026-03-02T09:00:00Z");
    private static final String PILOT_ADMIN = TestTokens.bearer("Z990601", List.of("pilot-admin"), List.of());
    private static final String EVALUATOR = TestTokens.bearer("Z990602", List.of("evaluator"), List.of());

    @LocalServerPort
    int port;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_pilot_administrator_sees_exact_counts_of_cohort_entries_conferences_and_handovers_per_arm() {
        String arm = newArm();

        publishCases(arm, 5, 4, 1);

        assertThat(cellsOnceCounted(arm, Map.of("COHORT_ENTRIES", 5L, "CONFERENCES", 4L, "HANDOVERS", 1L)))
                .allSatisfy((measure, cell) -> assertThat(cell.get("suppressed").asBoolean())
                        .as("%s suppressed for a pilot administrator", measure).isFalse());
    }

    @Test
    void an_evaluator_sees_counts_of_five_and_more_but_smaller_cells_suppressed() {
        String arm = newArm();
        publishCases(arm, 5, 4, 1);
        cellsOnceCounted(arm, Map.of("COHORT_ENTRIES", 5L, "CONFERENCES", 4L, "HANDOVERS", 1L));

        Map<String, JsonNode> seen = cells(summary(EVALUATOR), arm);

        assertThat(seen.get("COHORT_ENTRIES").get("count").asLong()).as("a cell of exactly 5 is shown").isEqualTo(5);
        assertThat(seen.get("COHORT_ENTRIES").get("suppressed").asBoolean()).isFalse();
        for (String small : List.of("CONFERENCES", "HANDOVERS")) {
            assertThat(seen.get(small).get("count").isNull()).as("count of %s, a cell below 5", small).isTrue();
            assertThat(seen.get(small).get("suppressed").asBoolean()).as("%s suppressed", small).isTrue();
        }
    }

    @Test
    void an_arm_assignment_delivered_twice_is_counted_once() {
        String arm = newArm();
        String caseKey = newCaseKey();
        var assignment = event(caseKey, armAssigned(arm));

        publish(Topics.CASES.name(), assignment);
        publish(Topics.CASES.name(), assignment);
        // another arm's assignment on the same partition is processed after both
        String markerArm = newArm();
        publish(Topics.CASES.name(), event(newCaseKeyOnTheSamePartitionAs(caseKey), armAssigned(markerArm)));
        cellsOnceCounted(markerArm, Map.of("COHORT_ENTRIES", 1L));

        assertThat(cells(summary(PILOT_ADMIN), arm).get("COHORT_ENTRIES").get("count").asLong())
                .as("cohort entries of arm %s after one assignment delivered twice", arm).isEqualTo(1);
    }

    @Test
    void a_nav_office_adviser_may_not_read_the_metrics() {
        var response = summary(TestTokens.bearer("Z990603", List.of("nav-office-adviser"), List.of("0315")));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    /** Cases of one arm: every one entered, some with a conference, fewer with a handover. */
    private void publishCases(String arm, int entered, int conferences, int handovers) {
        IntStream.range(0, entered).forEach(i -> {
            String caseKey = newCaseKey();
            publish(Topics.CASES.name(), event(caseKey, armAssigned(arm)));
            UUID conferenceId = UUID.randomUUID();
            if (i < conferences) {
                publish(Topics.CONFERENCES.name(), event(caseKey, new ConferenceCreated(conferenceId, arm, "0315",
                        "4402", List.of(new Invitation(ParticipantRole.NAV_OFFICE, "0315"),
                        new Invitation(ParticipantRole.BENEFITS_UNIT, "4402"),
                        new Invitation(ParticipantRole.MEDICAL_ADVISER, "rol-pool")))));
            }
            if (i < handovers) {
                publish(Topics.HANDOVERS.name(), event(caseKey, new HandoverCreated(UUID.randomUUID(), conferenceId,
                        arm, "0315", "4402")));
            }
        });
    }

    /** Waits until the pilot administrator's summary shows these counts for the arm, and returns its cells. */
    private Map<String, JsonNode> cellsOnceCounted(String arm, Map<String, Long> expected) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> cells(summary(PILOT_ADMIN), arm), cells -> expected.entrySet().stream()
                        .allMatch(e -> cells.containsKey(e.getKey())
                                && cells.get(e.getKey()).get("count").asLong() == e.getValue()));
    }

    private static Map<String, JsonNode> cells(ResponseEntity<String> summary, String arm) {
        assertThat(summary.getStatusCode().value()).isEqualTo(200);
        var cells = new ArrayList<JsonNode>();
        EventJson.mapper().readTree(summary.getBody()).forEach(cells::add);
        return cells.stream().filter(cell -> cell.get("arm").asString().equals(arm))
                .collect(Collectors.toMap(cell -> cell.get("measure").asString(), cell -> cell));
    }

    private static ArmAssigned armAssigned(String arm) {
        return new ArmAssigned(arm, true, MeasuresAuthority.NAV_OFFICE, "keyed-hash", 1, "SYKEPENGER|0315");
    }

    private static <P extends EventPayload> EventEnvelope<P> event(String caseKey, P payload) {
        return EventEnvelope.first(UUID.randomUUID(), payload, MONDAY_2_MARCH, MONDAY_2_MARCH.plusSeconds(1),
                "overgang-test", caseKey);
    }

    private void publish(String topic, EventEnvelope<?> event) {
        probe.send(topic, event.caseKey(), EventJson.writeString(event));
    }

    /** Each test counts in its own arm, so the tests do not see each other's counts. */
    private static String newArm() {
        return "arm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newCaseKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A fresh case key on the same partition: Kafka keeps order within a partition. */
    private static String newCaseKeyOnTheSamePartitionAs(String caseKey) {
        int partitions = Topics.CASES.partitions();
        while (true) {
            String candidate = newCaseKey();
            if (partition(candidate, partitions) == partition(caseKey, partitions)) {
                return candidate;
            }
        }
    }

    private static int partition(String key, int partitions) {
        // what Kafka's default partitioner does with a keyed record
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private ResponseEntity<String> summary(String bearer) {
        return RestClient.create("http://localhost:" + port).get().uri("/api/metrics/summary")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(new String(response.getBody().readAllBytes())));
    }
}

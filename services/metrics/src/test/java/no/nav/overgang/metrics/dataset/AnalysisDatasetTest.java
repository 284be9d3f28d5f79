package no.nav.overgang.metrics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.AgeBand;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.CaseCensored;
import no.nav.overgang.events.payload.CaseClarified;
import no.nav.overgang.events.payload.CaseEndedByCompetingEvent;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.CensoringReason;
import no.nav.overgang.events.payload.ClarificationOutcome;
import no.nav.overgang.events.payload.CompetingEvent;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/** Case events in from the case topic; the pseudonymous dataset as of an analysis date out to the statistician. */
@ServiceTest
class AnalysisDatasetTest {

    private static final LocalDate MONDAY_2_MARCH = LocalDate.of(2026, 3, 2);
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);
    private static final String STATISTICIAN = TestTokens.bearer("Z990621", List.of("statistician"), List.of());
    private static final String EVALUATOR = TestTokens.bearer("Z990622", List.of("evaluator"), List.of());

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_statistician_gets_one_row_per_case_with_days_to_clarification_competing_events_and_censoring() {
        String arm = newArm();
        String clarified = newCaseKey();
        String died = newCaseKey();
        String open = newCaseKey();
        String movedAway = newCaseKey();

        enter(clarified, arm, SourceSystem.SYKEPENGER, MONDAY_2_MARCH, AgeBand.FROM_50_TO_59);
        publish(clarified, new CaseClarified(arm, MONDAY_2_MARCH, LocalDate.of(2026, 6, 1),
                ClarificationOutcome.DISABILITY_GRANTED, "clarified-by-decision", 1, Map.of(), "clarified: decision"));
        enter(died, arm, SourceSystem.AAP, MONDAY_2_MARCH);
        publish(died, new CaseEndedByCompetingEvent(arm, MONDAY_2_MARCH, LocalDate.of(2026, 4, 1),
                CompetingEvent.DIED, "ended-by-death", 1, Map.of(), "ended: died"));
        enter(open, arm, SourceSystem.AAP, LocalDate.of(2026, 3, 10));
        // the end before the entry: the dataset does not depend on the order of a case's events
        publish(movedAway, new CaseCensored(arm, MONDAY_2_MARCH, LocalDate.of(2026, 5, 11),
                CensoringReason.MOVED_OUTSIDE_PILOT, "censored-moved", 1, Map.of(), "censored: moved"));
        enter(movedAway, arm, SourceSystem.SYKEPENGER, MONDAY_2_MARCH);
        // entered on a disability claim with no sykepenger or AAP milestone before it: the stratum says UNKNOWN
        String claimOnly = newCaseKey();
        enter(claimOnly, arm, SourceSystem.UFORETRYGD, "UNKNOWN|0315", MONDAY_2_MARCH, null);

        // a row appears with its entry and changes with its end, which comes in a later event
        Map<String, Map<String, String>> rows = rowsOnceThere(arm, NEW_YEARS_EVE, 5, all ->
                "1".equals(all.get(clarified).get("event")) && "COMPETING_EVENT".equals(all.get(died).get("end"))
                        && "MOVED_OUTSIDE_PILOT".equals(all.get(movedAway).get("end_detail")));

        assertThat(rows.get(clarified)).containsEntry("time", "91").containsEntry("event", "1")
                .containsEntry("end", "CLARIFIED").containsEntry("end_detail", "DISABILITY_GRANTED")
                .containsEntry("stratum", "SYKEPENGER").containsEntry("pilot", "true")
                .containsEntry("age_band", "FROM_50_TO_59");
        assertThat(rows.get(died)).containsEntry("time", "30").containsEntry("event", "0")
                .containsEntry("end", "COMPETING_EVENT").containsEntry("end_detail", "DIED")
                .as("an entry without an age band").containsEntry("age_band", "");
        assertThat(rows.get(open)).containsEntry("event", "0").containsEntry("end", "CENSORED")
                .containsEntry("time", String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(2026, 3, 10), NEW_YEARS_EVE)));
        assertThat(rows.get(movedAway)).containsEntry("time", "70").containsEntry("end_detail", "MOVED_OUTSIDE_PILOT");
        assertThat(rows.get(claimOnly)).as("the source benefit is the stratum's, not the claim's system")
                .containsEntry("stratum", "UNKNOWN");
        assertThat(export(STATISTICIAN, NEW_YEARS_EVE).getBody()).as("no national id in the export")
                .doesNotContainPattern("\\b\\d{11}\\b");
    }

    @Test
    void as_of_an_earlier_date_the_future_is_not_seen() {
        String arm = newArm();
        String caseKey = newCaseKey();
        enter(caseKey, arm, SourceSystem.SYKEPENGER, MONDAY_2_MARCH);
        publish(caseKey, new CaseClarified(arm, MONDAY_2_MARCH, LocalDate.of(2026, 6, 1),
                ClarificationOutcome.RETURNED_TO_WORK, "clarified-by-work", 1, Map.of(), "clarified: work"));
        rowsOnceThere(arm, NEW_YEARS_EVE, 1, all -> "1".equals(all.get(caseKey).get("event")));

        Map<String, String> inApril = rows(arm, LocalDate.of(2026, 4, 1)).get(caseKey);
        Map<String, Map<String, String>> beforeEntry = rows(arm, MONDAY_2_MARCH.minusDays(1));

        assertThat(inApril).containsEntry("time", "30").containsEntry("event", "0")
                .containsEntry("end_detail", "OPEN_AT_ANALYSIS_DATE");
        assertThat(beforeEntry).isEmpty();
    }

    @Test
    void the_export_can_be_sent_to_the_survival_analysis_as_it_is_and_is_audit_logged() {
        String arm = newArm();
        for (int i = 0; i < 3; i++) {
            String caseKey = newCaseKey();
            enter(caseKey, arm, SourceSystem.AAP, MONDAY_2_MARCH);
            publish(caseKey, new CaseClarified(arm, MONDAY_2_MARCH, MONDAY_2_MARCH.plusDays(10L * (i + 1)),
                    ClarificationOutcome.DISABILITY_REFUSED, "clarified-by-decision", 1, Map.of(), "clarified"));
        }
        // entry and clarification are separate events: wait until all three cases are clarified, not only entered
        rowsOnceThere(arm, NEW_YEARS_EVE, 3, all -> all.values().stream().allMatch(row -> "1".equals(row.get("event"))));
        String csv = Arrays.stream(export(STATISTICIAN, NEW_YEARS_EVE).getBody().split("\n"))
                .filter(line -> line.startsWith("case,") || line.contains("," + arm + ","))
                .collect(Collectors.joining("\n"));

        ResponseEntity<String> analysis = RestClient.create("http://localhost:" + port).post()
                .uri("/api/analysis/survival").header(HttpHeaders.AUTHORIZATION, STATISTICIAN)
                .contentType(MediaType.parseMediaType("text/csv")).body(csv)
                .exchange((request, r) -> ResponseEntity.status(r.getStatusCode())
                        .body(new String(r.getBody().readAllBytes())));

        assertThat(analysis.getStatusCode().value()).as(analysis.getBody()).isEqualTo(200);
        JsonNode group = EventJson.mapper().readTree(analysis.getBody()).get("groups").get(0);
        assertThat(group.get("group").asString()).isEqualTo(arm);
        assertThat(group.get("events").asInt()).isEqualTo(3);
        assertThat(group.get("median").asDouble()).isEqualTo(20);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE nav_ident = 'Z990621' AND action = ?",
                Integer.class, "export analysis dataset as of " + NEW_YEARS_EVE)).isPositive();
    }

    @Test
    void an_evaluator_may_not_export_the_case_level_dataset() {
        assertThat(export(EVALUATOR, NEW_YEARS_EVE).getStatusCode().value()).isEqualTo(403);
    }

    private void enter(String caseKey, String arm, SourceSystem benefit, LocalDate indexDate) {
        enter(caseKey, arm, benefit, indexDate, null);
    }

    private void enter(String caseKey, String arm, SourceSystem benefit, LocalDate indexDate, AgeBand ageBand) {
        enter(caseKey, arm, benefit, benefit + "|0315", indexDate, ageBand);
    }

    private void enter(String caseKey, String arm, SourceSystem benefit, String stratum, LocalDate indexDate,
                       AgeBand ageBand) {
        publish(caseKey, new CaseEnteredCohort(benefit, "0315", indexDate, "test-rule", 1, Map.of(),
                "entered because: test", stratum, ageBand));
        publish(caseKey, new ArmAssigned(arm, true, MeasuresAuthority.NAV_OFFICE, "keyed-hash", 1, stratum));
    }

    /** The arm's rows once there are {@code cases} of them and they satisfy {@code settled} (ends arrive later). */
    private Map<String, Map<String, String>> rowsOnceThere(String arm, LocalDate asOf, int cases,
                                                           Predicate<Map<String, Map<String, String>>> settled) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> rows(arm, asOf), rows -> rows.size() == cases && settled.test(rows));
    }

    /** The export's rows of one arm, by case key, each as column → value. */
    private Map<String, Map<String, String>> rows(String arm, LocalDate asOf) {
        ResponseEntity<String> response = export(STATISTICIAN, asOf);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        String[] lines = response.getBody().split("\n");
        String[] header = lines[0].split(",", -1);
        assertThat(String.join(",", header)).isEqualTo(DatasetController.HEADER);
        return Arrays.stream(lines).skip(1).map(line -> line.split(",", -1))
                .filter(fields -> fields[1].equals(arm))
                .collect(Collectors.toMap(fields -> fields[0], fields -> {
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < header.length; i++) {
                        row.put(header[i], fields[i]);
                    }
                    return row;
                }));
    }

    private ResponseEntity<String> export(String bearer, LocalDate asOf) {
        return RestClient.create("http://localhost:" + port).get().uri("/api/analysis/dataset?asOf=" + asOf)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(new String(response.getBody().readAllBytes())));
    }

    private void publish(String caseKey, EventPayload payload) {
        Instant at = MONDAY_2_MARCH.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        EventEnvelope<?> event = EventEnvelope.first(UUID.randomUUID(), payload, at, at.plusSeconds(1),
                "overgang-test", caseKey);
        probe.send(Topics.CASES.name(), caseKey, EventJson.writeString(event));
    }

    /** Each test in its own arm, so the tests do not see each other's cases. */
    private static String newArm() {
        return "arm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newCaseKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}

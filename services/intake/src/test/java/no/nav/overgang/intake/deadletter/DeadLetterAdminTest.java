package no.nav.overgang.intake.deadletter;

import static no.nav.overgang.intake.IntakeFixtures.week39;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestIds;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

@ServiceTest
class DeadLetterAdminTest {

    /** Generous: the wait ends as soon as the letter is there; a loaded CI machine once needed more than 20 s. */
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String INBOUND = Topics.MILESTONE_INBOUND.name();
    /** Valid check digits but a 31 April birth date: refused, and a national id that must never be shown. */
    private static final String BAD_ID = "31048010000";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void an_administrator_sees_a_dead_letter_with_its_reason_counted_and_no_national_id_in_it() {
        String eventId = TestIds.unmasked("sp-");
        probe.send(INBOUND, eventId, week39(eventId, BAD_ID));

        JsonNode letter = awaitOpenLetter(eventId);

        assertThat(letter.get("reason").asString()).isEqualTo("SCHEMA_INVALID");
        assertThat(letter.get("sourceTopic").asString()).isEqualTo(INBOUND);
        assertThat(letter.get("detail").asString()).contains("/nationalId: does not contain a valid date of birth");
        assertThat(letter.get("preview").asString()).contains("\"nationalId\":\"***********\"");
        JsonNode overview = list("");
        assertThat(overview.toString()).doesNotContain(BAD_ID);
        assertThat(overview.get("byReason").get("SCHEMA_INVALID").asLong()).isPositive();
        assertThat(overview.get("open").asLong()).isPositive();
        assertThat(get("/api/dead-letters/" + letter.get("id").asString(), admin()).getBody()).doesNotContain(BAD_ID);
    }

    @Test
    void a_redriven_letter_is_published_once_to_its_source_topic_and_marked_and_a_second_redrive_changes_nothing() {
        String eventId = TestIds.unmasked("sp-");
        String original = week39(eventId, BAD_ID);
        probe.send(INBOUND, eventId, original);
        String id = awaitOpenLetter(eventId).get("id").asString();

        JsonNode first = json(post("/api/dead-letters/" + id + "/redrive", "", admin()));
        JsonNode second = json(post("/api/dead-letters/" + id + "/redrive", "", admin()));

        assertThat(first.get("outcome").asString()).isEqualTo("REDRIVEN");
        assertThat(second.get("outcome").asString()).isEqualTo("ALREADY_REDRIVEN");
        var copies = probe.readAll(INBOUND, WITHIN, all -> all.stream().filter(r -> original.equals(r.value())).count() >= 2);
        assertThat(copies).as("the original on its source topic: sent once, re-driven once")
                .filteredOn(r -> original.equals(r.value())).hasSize(2);
        JsonNode redriven = json(get("/api/dead-letters/" + id, admin()));
        assertThat(redriven.get("redrivenBy").asString()).isEqualTo("Z990050");
        assertThat(redriven.get("redrivenAt").isNull()).isFalse();
        // the source had not fixed it: the re-driven copy is refused again, as a new letter, and nothing is lost
        await().atMost(WITHIN).untilAsserted(() -> assertThat(lettersFor(list(""), eventId))
                .as("open letters of the re-driven copy").hasSize(1));
        assertThat(lettersFor(list("?redriven=true"), eventId)).extracting(l -> l.get("id").asString()).containsExactly(id);
    }

    @Test
    void many_letters_are_redriven_each_with_its_own_outcome() {
        String eventId = TestIds.unmasked("sp-");
        probe.send(INBOUND, eventId, week39(eventId, BAD_ID));
        String id = awaitOpenLetter(eventId).get("id").asString();
        String unknown = UUID.randomUUID().toString();

        JsonNode results = json(post("/api/dead-letters/redrive",
                "{\"ids\":[\"%s\",\"%s\",\"%s\"]}".formatted(id, unknown, id), admin()));

        assertThat(results.valueStream().map(r -> r.get("outcome").asString()))
                .containsExactly("REDRIVEN", "NOT_FOUND");
    }

    @Test
    void the_administrators_page_lists_the_letter_masked_and_redrives_the_ticked_ones() {
        String eventId = TestIds.unmasked("sp-");
        probe.send(INBOUND, eventId, week39(eventId, BAD_ID));
        String id = awaitOpenLetter(eventId).get("id").asString();

        ResponseEntity<String> page = get("/sider/avviste-meldinger?reason=SCHEMA_INVALID", admin());
        // the form carries the page's CSRF token, checked against its cookie
        String csrfCookie = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().split(";")[0];
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.getBody());
        assertThat(field.find()).as("the form's CSRF field").isTrue();
        ResponseEntity<String> posted = RestClient.create("http://localhost:" + port).post()
                .uri("/sider/avviste-meldinger/send-pa-nytt")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header(HttpHeaders.AUTHORIZATION, admin())
                .header(HttpHeaders.COOKIE, csrfCookie)
                .body("id=" + id + "&_csrf=" + java.net.URLEncoder.encode(field.group(1),
                        java.nio.charset.StandardCharsets.UTF_8))
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders()).body(""));

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Avviste meldinger").contains(eventId).contains("SCHEMA_INVALID")
                .contains("value=\"" + id + "\"").doesNotContain(BAD_ID);
        assertThat(posted.getStatusCode().is3xxRedirection()).as("status %s of the form post", posted.getStatusCode())
                .isTrue();
        assertThat(posted.getHeaders().getLocation().toString())
                .endsWith("/sider/avviste-meldinger?sendt=1&allerede=0");
        assertThat(json(get("/api/dead-letters/" + id, admin())).get("redrivenBy").asString()).isEqualTo("Z990050");
    }

    @Test
    void only_pilot_administrators_see_dead_letters() {
        String evaluator = TestTokens.bearer("Z990100", List.of("evaluator"), List.of());
        String source = TestTokens.bearer("srv-sykepenger", List.of("source-system"), List.of());

        assertThat(get("/api/dead-letters", evaluator).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/dead-letters", source).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/dead-letters", null).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/sider/avviste-meldinger", evaluator).getStatusCode().value()).isEqualTo(403);
    }

    private JsonNode awaitOpenLetter(String eventId) {
        await().atMost(WITHIN).untilAsserted(() -> assertThat(lettersFor(list(""), eventId))
                .as(() -> "open letter of %s; where it may be stuck: %s".formatted(eventId, pipelineState()))
                .isNotEmpty());
        return lettersFor(list(""), eventId).getFirst();
    }

    /** Should the letter not arrive, what the failure message tells about the way there. */
    private String pipelineState() {
        return jdbc.queryForList("""
                SELECT 'outbox rows ' || topic AS what, count(*) AS n FROM outbox GROUP BY topic
                UNION ALL SELECT 'open letters', count(*) FROM dead_letter WHERE redriven_at IS NULL
                UNION ALL SELECT 'letters in the last minute', count(*) FROM dead_letter
                 WHERE recorded_at > now() - interval '1 minute'""").toString();
    }

    private static List<JsonNode> lettersFor(JsonNode overview, String eventId) {
        return overview.get("letters").valueStream().filter(l -> l.get("preview").asString().contains(eventId))
                .toList();
    }

    private JsonNode list(String query) {
        return json(get("/api/dead-letters" + query, admin()));
    }

    private static JsonNode json(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as("status of %s", response.getBody()).isEqualTo(200);
        return EventJson.mapper().readTree(response.getBody());
    }

    private ResponseEntity<String> get(String path, String bearer) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(h -> {
                    if (bearer != null) {
                        h.set(HttpHeaders.AUTHORIZATION, bearer);
                    }
                })
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders()).body(new String(response.getBody().readAllBytes())));
    }

    private ResponseEntity<String> post(String path, String json, String bearer) {
        return RestClient.create("http://localhost:" + port).post().uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .body(json)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(new String(response.getBody().readAllBytes())));
    }

    private static String admin() {
        return TestTokens.bearer("Z990050", List.of("pilot-admin"), List.of());
    }
}

package no.nav.overgang.stack.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import no.nav.overgang.embedded.LocalOidcServer;

/**
 * Drives the first conferences of office 0315 through every state, as the demo users would, so that the pages have
 * something to show: requested, proposed, scheduled, rescheduled, held (with advice), finished (a handover), finished
 * and returned by the benefits unit, cancelled. Runs once per data directory, in the background, through the
 * services' own APIs.
 */
public final class ConferenceDemo {

    private static final Logger log = LoggerFactory.getLogger(ConferenceDemo.class);
    private static final String OFFICE = "0315";
    private static final String MEETING = "{\"startsAt\":\"%s\",\"place\":\"NAV Grünerløkka, møterom 2\","
            + "\"videoLink\":\"https://video.example.nav.no/m/demo\"}";
    private static final String ACCEPTED = "{\"answer\":\"ACCEPTED\"}";
    private static final String ADVICE = "{\"functionalAssessment\":\"Tåler lett arbeid fire timer om dagen\","
            + "\"treatmentStatus\":\"Fysioterapi pågår, seks timer igjen\","
            + "\"recommendation\":\"Prøv gradert arbeid før søknad om uføretrygd vurderes\"}";
    private static final String OUTCOME = "{\"agreedPlan\":\"Arbeidsutprøving 50 % i åtte uker, deretter ny vurdering\","
            + "\"nextSteps\":\"Kontoret avtaler arbeidsutprøving; enheten ber om spesialisterklæring\","
            + "\"disabilityClaimRecommended\":false,\"documentsNeeded\":[\"spesialisterklæring\"],"
            + "\"followUpDate\":\"2026-05-04\"}";

    private final RestClient adviser;
    private final RestClient caseworker;
    private final RestClient medicalAdviser;
    private final RestClient handovers;

    private ConferenceDemo(LocalOidcServer oidc, String conferenceUrl, String handoverUrl) {
        this.adviser = client(conferenceUrl, token(oidc, "Z990001", "nav-office-adviser", OFFICE));
        this.caseworker = client(conferenceUrl, token(oidc, "Z990010", "benefits-caseworker", "4402"));
        this.medicalAdviser = client(conferenceUrl, token(oidc, "Z990020", "medical-adviser", "rol-pool"));
        this.handovers = client(handoverUrl, token(oidc, "Z990010", "benefits-caseworker", "4402"));
    }

    public static void startInBackground(LocalOidcServer oidc, String conferenceUrl, String handoverUrl) {
        Thread thread = new Thread(() -> {
            try {
                new ConferenceDemo(oidc, conferenceUrl, handoverUrl).run();
            } catch (RuntimeException | InterruptedException e) {
                log.warn("the demo conferences were not driven through their states: {}", e.toString());
            }
        }, "conference-demo");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() throws InterruptedException {
        List<Map<String, Object>> conferences = List.of();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (conferences.size() < 8 && Instant.now().isBefore(deadline)) {
            // the seeded histories reach the conference service asynchronously, through three services and Kafka;
            // the demo can only poll the public API for them, so it waits between looks
            Thread.sleep(2000);
            conferences = adviser.get().uri("/api/conferences").retrieve()
                    .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                    }).stream().filter(c -> OFFICE.equals(c.get("office"))).toList();
        }
        if (conferences.stream().anyMatch(c -> !"REQUESTED".equals(c.get("status")) || c.get("meetingAt") != null)) {
            return;
        }
        List<String> ids = conferences.stream().map(c -> (String) c.get("id")).toList();
        // ids.get(0) stays requested: it needs action, and becomes overdue as business time passes
        step(ids, 1, id -> propose(id, "2026-03-11T12:00:00Z"));
        step(ids, 2, this::schedule);
        step(ids, 3, id -> {
            schedule(id);
            post(adviser, "/api/conferences/" + id + "/reschedule", MEETING.formatted("2026-03-13T09:00:00Z"));
        });
        step(ids, 4, id -> {
            post(medicalAdviser, "/api/conferences/" + id + "/advice", ADVICE);
            schedule(id);
            post(adviser, "/api/conferences/" + id + "/held", null);
        });
        step(ids, 5, this::finish);
        step(ids, 6, id -> post(adviser, "/api/conferences/" + id + "/cancel",
                "{\"reasonCode\":\"CASE_RESOLVED\",\"reason\":\"Personen er tilbake i arbeid\"}"));
        step(ids, 7, id -> {
            finish(id);
            returnHandover(id);
        });
        log.info("demo conferences of office {} driven through every state", OFFICE);
    }

    private void finish(String id) {
        post(medicalAdviser, "/api/conferences/" + id + "/advice", ADVICE);
        schedule(id);
        post(adviser, "/api/conferences/" + id + "/held", null);
        post(adviser, "/api/conferences/" + id + "/outcome", OUTCOME);
    }

    private void returnHandover(String conferenceId) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            var handover = handovers.get().uri("/api/handovers").retrieve()
                    .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                    }).stream().filter(h -> conferenceId.equals(h.get("conferenceId"))).findFirst();
            if (handover.isPresent()) {
                String path = "/api/handovers/" + handover.get().get("id");
                post(handovers, path + "/claim", null);
                post(handovers, path + "/return", "{\"reason\":\"Spesialisterklæringen mangler\"}");
                return;
            }
            try {
                // the handover appears once the outcome has travelled over Kafka; poll the inbox until it does
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void schedule(String id) {
        propose(id, "2026-03-11T12:00:00Z");
        post(caseworker, "/api/conferences/" + id + "/invitations/BENEFITS_UNIT/answer", ACCEPTED);
        post(medicalAdviser, "/api/conferences/" + id + "/invitations/MEDICAL_ADVISER/answer", ACCEPTED);
    }

    private void propose(String id, String startsAt) {
        post(adviser, "/api/conferences/" + id + "/meeting", MEETING.formatted(startsAt));
    }

    private static void step(List<String> ids, int index, Consumer<String> step) {
        if (index < ids.size()) {
            step.accept(ids.get(index));
        }
    }

    private static void post(RestClient client, String path, String body) {
        var request = client.post().uri(path);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        request.retrieve().toBodilessEntity();
    }

    private static RestClient client(String baseUrl, String token) {
        return RestClient.builder().baseUrl(baseUrl).defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    private static String token(LocalOidcServer oidc, String navIdent, String role, String unit) {
        return oidc.issueToken(navIdent, Map.of("NAVident", navIdent, "name", navIdent, "roles", List.of(role),
                "offices", List.of(unit)), Duration.ofHours(12));
    }
}

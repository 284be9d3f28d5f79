package no.nav.overgang.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.testkit.ServiceCalls;
import no.nav.overgang.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

/** The conference API as the three roles call it, with their tokens. */
public final class ConferenceApi {

    private final ServiceCalls calls;

    public ConferenceApi(int port) {
        this.calls = new ServiceCalls(port);
    }

    public static String adviserAt(String office, String navIdent) {
        return TestTokens.bearer(navIdent, List.of("nav-office-adviser"), List.of(office));
    }

    public static String caseworkerAt(String unit, String navIdent) {
        return TestTokens.bearer(navIdent, List.of("benefits-caseworker"), List.of(unit));
    }

    public static String medicalAdviserIn(String pool, String navIdent) {
        return TestTokens.bearer(navIdent, List.of("medical-adviser"), List.of(pool));
    }

    public static final String MEETING = """
            {"startsAt":"2026-03-11T12:00:00Z","place":"NAV Grünerløkka, møterom 2",
             "videoLink":"https://video.example.nav.no/m/123"}""";
    public static final String OUTCOME = """
            {"agreedPlan":"Graded return to work trial for 8 weeks, then reassess",
             "disabilityClaimRecommended":false,"documentsNeeded":["specialist statement"],
             "followUpDate":"2026-05-04","nextSteps":"The office arranges the work trial"}""";

    /** The office proposes the meeting and the benefits unit and the medical adviser accept it: scheduled. */
    public void schedule(UUID conference, String office, String unit) {
        expect(200, post("/api/conferences/" + conference + "/meeting", adviserAt(office, "Z990401"), MEETING));
        expect(200, post("/api/conferences/" + conference + "/invitations/BENEFITS_UNIT/answer",
                caseworkerAt(unit, "Z990403"), ACCEPTED));
        expect(200, post("/api/conferences/" + conference + "/invitations/MEDICAL_ADVISER/answer",
                medicalAdviserIn("rol-pool", "Z990601"), ACCEPTED));
    }

    /** Scheduled, then held. */
    public void hold(UUID conference, String office, String unit) {
        schedule(conference, office, unit);
        expect(200, post("/api/conferences/" + conference + "/held", adviserAt(office, "Z990401"), null));
    }

    public static final String ACCEPTED = "{\"answer\":\"ACCEPTED\"}";

    public String status(UUID conference, String office) {
        return json(get("/api/conferences/" + conference, adviserAt(office, "Z990401"))).get("status").asString();
    }

    private static void expect(int status, ResponseEntity<String> response) {
        if (response.getStatusCode().value() != status) {
            throw new AssertionError("expected " + status + " but got " + response.getStatusCode() + ": "
                    + response.getBody());
        }
    }

    public ResponseEntity<String> get(String path, String bearer) {
        return calls.get(path, bearer);
    }

    public ResponseEntity<String> post(String path, String bearer, String body) {
        return calls.post(path, bearer, body);
    }

    /** Every row of the user's conference list, page by page (the largest pages), following the next-page links. */
    public List<JsonNode> allListed(String bearer) {
        List<JsonNode> rows = new ArrayList<>();
        for (String path = "/api/conferences?limit=200"; path != null; ) {
            ResponseEntity<String> page = get(path, bearer);
            expect(200, page);
            json(page).forEach(rows::add);
            path = ServiceCalls.nextPage(page);
        }
        return rows;
    }

    public static JsonNode json(ResponseEntity<String> response) {
        return EventJson.mapper().readTree(response.getBody());
    }
}

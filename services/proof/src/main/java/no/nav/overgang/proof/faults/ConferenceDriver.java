package no.nav.overgang.proof.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import no.nav.overgang.proof.launch.Cluster;
import no.nav.overgang.stack.Endpoints;
import no.nav.overgang.stack.ServiceKind;

/**
 * Holds a deterministic subset of the requested conferences, as the three roles would through the conference API:
 * the medical adviser's advice, the office's meeting proposal, both invitations accepted, held, outcome recorded
 * (which issues the handover). The subset: the first {@code count} conferences still requested, by case key.
 */
final class ConferenceDriver {

    private static final String ADVICE = "{\"functionalAssessment\":\"Tåler lett arbeid fire timer om dagen\","
            + "\"treatmentStatus\":\"Fysioterapi pågår\",\"recommendation\":\"Prøv gradert arbeid\"}";
    private static final String MEETING = "{\"startsAt\":\"%s\",\"place\":\"Møterom 2\"}";
    private static final String ACCEPTED = "{\"answer\":\"ACCEPTED\"}";
    private static final String OUTCOME = "{\"agreedPlan\":\"Arbeidsutprøving 50 %% i åtte uker\","
            + "\"nextSteps\":\"Kontoret avtaler arbeidsutprøving\",\"disabilityClaimRecommended\":false,"
            + "\"documentsNeeded\":[\"spesialisterklæring\"],\"followUpDate\":\"%s\"}";

    private final Cluster cluster;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ConferenceDriver(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Returns the ids of the conferences it held and recorded an outcome for. */
    List<String> holdFirst(int count, LocalDate asOf) throws Exception {
        List<Selected> selected = select(cluster.endpoints(), count);
        Set<String> offices = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        selected.forEach(s -> {
            offices.add(s.office());
            units.add(s.unit());
        });
        String adviser = cluster.bearer("Z990001", List.of("nav-office-adviser"), List.copyOf(offices));
        String caseworker = cluster.bearer("Z990010", List.of("benefits-caseworker"), List.copyOf(units));
        String medical = cluster.bearer("Z990020", List.of("medical-adviser"), List.of("rol-pool"));
        String startsAt = asOf.plusDays(7).atTime(9, 0).toInstant(ZoneOffset.UTC).toString();
        String base = cluster.baseUrl(ServiceKind.CONFERENCE) + "/api/conferences/";
        List<String> held = new ArrayList<>();
        for (Selected conference : selected) {
            String path = base + conference.id();
            post(medical, path + "/advice", ADVICE);
            post(adviser, path + "/meeting", MEETING.formatted(startsAt));
            post(caseworker, path + "/invitations/BENEFITS_UNIT/answer", ACCEPTED);
            post(medical, path + "/invitations/MEDICAL_ADVISER/answer", ACCEPTED);
            post(adviser, path + "/held", null);
            post(adviser, path + "/outcome", OUTCOME.formatted(asOf.plusDays(60)));
            held.add(conference.id());
        }
        return held;
    }

    private record Selected(String id, String office, String unit) {
    }

    private static List<Selected> select(Endpoints endpoints, int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.dbUsername(),
                endpoints.dbPassword());
             var query = connection.prepareStatement("select id, office, benefits_unit from conference.conference "
                     + "where status = 'REQUESTED' order by case_key limit ?")) {
            query.setInt(1, count);
            List<Selected> selected = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    selected.add(new Selected(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return selected;
        }
    }

    private void post(String bearer, String url, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer);
        request = json == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }
}

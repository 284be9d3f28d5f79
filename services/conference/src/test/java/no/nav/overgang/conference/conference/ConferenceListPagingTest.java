package no.nav.overgang.conference.conference;

import static no.nav.overgang.conference.ConferenceApi.adviserAt;
import static no.nav.overgang.conference.ConferenceApi.caseworkerAt;
import static no.nav.overgang.conference.ConferenceApi.json;
import static no.nav.overgang.conference.ConferenceApi.medicalAdviserIn;
import static no.nav.overgang.conference.ConferenceEvents.conferenceRequested;
import static no.nav.overgang.conference.ConferenceEvents.created;
import static no.nav.overgang.conference.ConferenceEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import no.nav.overgang.conference.ConferenceApi;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.testkit.ServiceCalls;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/** The JSON list of a user's conferences comes a bounded page at a time, newest request first. */
@ServiceTest
class ConferenceListPagingTest {

    /** An office no other test uses, so that its list holds only this test's conferences. */
    private static final String OFFICE = "0907";
    private static final String PERSON = "24516240071";

    @LocalServerPort
    int port;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void an_office_list_comes_newest_first_in_pages_linked_by_a_cursor_until_the_last() {
        // before any business time the other tests use, so the business clock does not move
        UUID oldest = conferenceAt(OFFICE, "2026-02-02T09:00:00Z");
        UUID middle = conferenceAt(OFFICE, "2026-02-03T09:00:00Z");
        UUID newest = conferenceAt(OFFICE, "2026-02-04T09:00:00Z");
        var api = new ConferenceApi(port);
        String adviser = adviserAt(OFFICE, "Z990407");

        var first = api.get("/api/conferences?limit=2", adviser);
        String next = ServiceCalls.nextPage(first);
        var second = api.get(next, adviser);

        assertThat(ids(first)).containsExactly(newest, middle);
        assertThat(next).startsWith("/api/conferences?").contains("limit=2").contains("after=");
        assertThat(ids(second)).containsExactly(oldest);
        assertThat(ServiceCalls.nextPage(second)).as("the last page links to none").isNull();
        assertThat(ids(api.get("/api/conferences", adviser))).as("the default page holds all three")
                .containsExactly(newest, middle, oldest);
    }

    @Test
    void the_benefits_unit_and_the_medical_adviser_pool_get_their_lists_in_pages_too() {
        // routed to the default unit 4402, inviting the pool rol-pool
        conferenceAt("0908", "2026-02-05T09:00:00Z");
        conferenceAt("0908", "2026-02-06T09:00:00Z");
        var api = new ConferenceApi(port);

        for (String user : List.of(caseworkerAt("4402", "Z990408"), medicalAdviserIn("rol-pool", "Z990609"))) {
            var first = api.get("/api/conferences?limit=1", user);
            var second = api.get(ServiceCalls.nextPage(first), user);

            assertThat(ids(first)).hasSize(1);
            assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        }
    }

    @Test
    void a_page_size_out_of_bounds_or_a_cursor_the_list_did_not_give_is_refused() {
        var api = new ConferenceApi(port);
        String adviser = adviserAt(OFFICE, "Z990407");

        assertThat(api.get("/api/conferences?limit=0", adviser).getStatusCode().value()).isEqualTo(400);
        assertThat(api.get("/api/conferences?limit=201", adviser).getStatusCode().value()).isEqualTo(400);
        var forged = api.get("/api/conferences?after=bm90LWEtY3Vyc29y", adviser);
        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(forged.getBody()).contains("after");
    }

    private UUID conferenceAt(String office, String at) {
        return created(probe, conferenceRequested(newCaseKey(), office, PERSON, MeasuresAuthority.NAV_OFFICE,
                Instant.parse(at))).payload().conferenceId();
    }

    private static List<UUID> ids(ResponseEntity<String> page) {
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        json(page).forEach(row -> ids.add(UUID.fromString(row.get("id").asString())));
        return ids;
    }
}

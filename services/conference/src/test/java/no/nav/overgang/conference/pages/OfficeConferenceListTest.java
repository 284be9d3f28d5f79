package no.nav.overgang.conference.pages;

import static no.nav.overgang.conference.ConferenceApi.adviserAt;
import static no.nav.overgang.conference.ConferenceEvents.MONDAY_2_MARCH;
import static no.nav.overgang.conference.ConferenceEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import no.nav.overgang.conference.ConferenceApi;
import no.nav.overgang.conference.conference.Advice;
import no.nav.overgang.conference.conference.CaseConference;
import no.nav.overgang.conference.conference.ConferenceRepository;
import no.nav.overgang.conference.conference.ConferenceStatus;
import no.nav.overgang.conference.conference.Participant;
import no.nav.overgang.conference.conference.Recorded;
import no.nav.overgang.events.payload.InvitationAnswer;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.testkit.ServiceTest;

/**
 * An office with many conferences: the list page shows every one of them (up to its bound), and the conferences are loaded with their
 * own invitations and advice (the children are loaded for all conferences at once, so they must not get mixed up).
 */
@ServiceTest
class OfficeConferenceListTest {

    private static final int MANY = 60;

    @LocalServerPort
    int port;

    @Autowired
    ConferenceRepository conferences;

    @Test
    void the_office_page_lists_all_forty_conferences_of_the_office() {
        String office = "9" + ThreadLocalRandom.current().nextInt(100, 1000);
        int forty = ConferencePages.OFFICE_SHOWN - 10;
        List<UUID> ids = IntStream.range(0, forty).mapToObj(i -> create(office, i)).toList();

        ResponseEntity<String> page = new ConferenceApi(port).get("/sider/samarbeidsmoter", adviserAt(office, "Z990401"));

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        String all = page.getBody().substring(page.getBody().indexOf("id=\"alle-tabell\""));
        assertThat(ids).allSatisfy(id -> assertThat(all).contains("/sider/samarbeidsmoter/" + id));
        assertThat(all.split("Samarbeidsmøte ", -1)).hasSize(forty + 1);
        assertThat(page.getBody()).doesNotContain("id=\"flere-alle\"");
    }

    @Test
    void each_conference_of_a_list_gets_its_own_invitations_and_advice() {
        String office = "9" + ThreadLocalRandom.current().nextInt(100, 1000);
        List<UUID> ids = IntStream.range(0, MANY).mapToObj(i -> create(office, i)).toList();
        for (int i = 0; i < MANY; i += 3) {
            conferences.saveAdvice(ids.get(i), new Recorded<>(new Advice("Kan arbeide 50 %", "Under behandling",
                    "Arbeidsutprøving nr. " + i), "Z990601", MONDAY_2_MARCH));
        }

        List<CaseConference> listed = conferences.inProgressForOffices(Set.of(office), MANY);

        assertThat(listed).extracting(CaseConference::id).containsExactlyElementsOf(ids);
        for (int i = 0; i < MANY; i++) {
            CaseConference conference = listed.get(i);
            assertThat(conference.participants()).extracting(Participant::unit)
                    .containsExactly("4402-" + i, "rol-pool", office); // ordered by role
            assertThat(conference.advice() == null ? null : conference.advice().content().recommendation())
                    .isEqualTo(i % 3 == 0 ? "Arbeidsutprøving nr. " + i : null);
            assertThat(conference.measuresAssessment()).isNull();
        }
    }

    /** Both lists are read with one set of child queries; a conference in both gets its children in both. */
    @Test
    void the_two_office_lists_read_together_give_each_conference_its_own_children_in_both() {
        String office = "9" + ThreadLocalRandom.current().nextInt(100, 1000);
        List<UUID> ids = IntStream.range(0, 10).mapToObj(i -> create(office, i)).toList();
        conferences.saveAdvice(ids.get(9), new Recorded<>(new Advice("Kan arbeide 50 %", "Under behandling",
                "Arbeidsutprøving"), "Z990601", MONDAY_2_MARCH));

        ConferenceRepository.OfficeLists lists = conferences.officeLists(Set.of(office), 10);

        assertThat(lists.inProgress()).extracting(CaseConference::id).containsExactlyElementsOf(ids);
        assertThat(lists.newest()).extracting(CaseConference::id).containsExactlyElementsOf(ids.reversed());
        assertThat(List.of(lists.inProgress().getLast(), lists.newest().getFirst())).allSatisfy(c ->
                assertThat(c.advice().content().recommendation()).isEqualTo("Arbeidsutprøving"));
        assertThat(lists.inProgress().subList(0, 9)).allSatisfy(c -> assertThat(c.advice()).isNull());
        for (int i = 0; i < 10; i++) {
            assertThat(lists.newest().get(9 - i).participants()).extracting(Participant::unit)
                    .containsExactly("4402-" + i, "rol-pool", office);
        }
        assertThat(conferences.officeLists(Set.of(office, "9000"), 2).inProgress()).hasSize(2);
    }

    private UUID create(String office, int i) {
        UUID id = UUID.randomUUID();
        Instant requestedAt = MONDAY_2_MARCH.plus(i, ChronoUnit.MINUTES);
        conferences.create(new CaseConference(id, newCaseKey(), "15436840087", office, "4402-" + i, "pilot-office",
                MeasuresAuthority.NAV_OFFICE, ConferenceStatus.REQUESTED, requestedAt, "Pilot: samarbeidsmøte",
                List.of(new Participant(ParticipantRole.NAV_OFFICE, office, InvitationAnswer.PENDING, null, null),
                        new Participant(ParticipantRole.BENEFITS_UNIT, "4402-" + i, InvitationAnswer.PENDING, null,
                                null),
                        new Participant(ParticipantRole.MEDICAL_ADVISER, "rol-pool", InvitationAnswer.PENDING, null,
                                null)),
                null, null, null, null, null, new CaseConference.EventChain(UUID.randomUUID(), UUID.randomUUID())));
        return id;
    }
}

package no.nav.overgang.conference.pages;

import static no.nav.overgang.conference.ConferenceApi.MEETING;
import static no.nav.overgang.conference.ConferenceApi.adviserAt;
import static no.nav.overgang.conference.ConferenceApi.medicalAdviserIn;
import static no.nav.overgang.conference.ConferenceEvents.announced;
import static no.nav.overgang.conference.ConferenceEvents.conferenceRequested;
import static no.nav.overgang.conference.ConferenceEvents.created;
import static no.nav.overgang.conference.ConferenceEvents.newCaseKey;
import static no.nav.overgang.conference.ConferenceEvents.publishMilestone;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import no.nav.overgang.conference.ConferenceApi;
import no.nav.overgang.testkit.HeadlessChromium;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.payload.CancellationReason;
import no.nav.overgang.events.payload.ConferenceCancelled;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.clock.WorkingDays;
import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/** The NAV office adviser's and the medical adviser's pages, driven in a real headless Chromium. */
@ServiceTest
class ConferencePagesBrowserTest {

    private static final String PERSON = "24516240071";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    BusinessClock businessClock;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_nav_office_adviser_finds_the_conference_that_needs_action_and_proposes_a_meeting_time(
            HeadlessChromium browser) {
        var request = conferenceFor("0315");
        String shortId = request.payload().conferenceId().toString().substring(0, 8);
        var page = browser.loggedInAs(adviserAt("0315", "Z990401"));

        page.open("/sider/samarbeidsmoter");
        assertThat(page.text(By.tagName("h1"))).isEqualTo("Samarbeidsmøter for mitt kontor");
        page.until(By.id("trenger-handling-tabell")).findElement(By.linkText("Samarbeidsmøte " + shortId)).click();

        assertThat(page.text(By.id("fodselsnummer"))).isEqualTo(PERSON);
        assertThat(page.text(By.id("status"))).contains("Bestilt, ikke berammet");
        page.browser().findElement(By.id("tidspunkt")).sendKeys("2026-03-11 13:00");
        page.browser().findElement(By.id("sted")).sendKeys("NAV Grünerløkka, møterom 2");
        page.browser().findElement(By.cssSelector("#motetid-skjema button[type=submit]")).click();

        assertThat(page.text(By.id("motetid"))).isEqualTo("11.03.2026 kl. 13:00 (60 minutter)");
        assertThat(page.text(By.id("deltaker-NAV_OFFICE"))).contains("Godtatt");
        assertThat(page.text(By.id("deltaker-MEDICAL_ADVISER"))).contains("Ikke svart");
        assertThat(auditLog.forCase(request.caseKey())).filteredOn(r -> r.action().equals("read conference"))
                .extracting(AuditRecord::resource).contains("GET /sider/samarbeidsmoter/" + request.payload().conferenceId());
    }

    @Test
    void a_medical_adviser_opens_an_invitation_accepts_the_time_and_gives_advice_but_sees_no_12_5_form(
            HeadlessChromium browser) {
        var request = conferenceFor("0315");
        UUID id = request.payload().conferenceId();
        new ConferenceApi(port).post("/api/conferences/" + id + "/meeting", adviserAt("0315", "Z990401"), MEETING);
        var page = browser.loggedInAs(medicalAdviserIn("rol-pool", "Z990601"));

        page.open("/sider/invitasjoner");
        page.until(By.id("invitasjoner")).findElement(By.linkText("Samarbeidsmøte " + id.toString().substring(0, 8)))
                .click();
        page.until(By.id("svar-godta")).click();
        page.browser().findElement(By.cssSelector("#svar-skjema button[type=submit]")).click();
        assertThat(page.text(By.id("deltaker-MEDICAL_ADVISER"))).contains("Godtatt");

        page.browser().findElement(By.id("funksjon")).sendKeys("Can sustain light work 4 hours a day");
        page.browser().findElement(By.id("behandling")).sendKeys("Physiotherapy ongoing");
        page.browser().findElement(By.id("anbefaling")).sendKeys("Try graded work first");
        page.browser().findElement(By.cssSelector("#rad-skjema button[type=submit]")).click();

        assertThat(page.text(By.id("gitt-rad"))).contains("Try graded work first").contains("Z990601");
        assertThat(page.browser().findElements(By.id("tiltak-skjema"))).as("the § 12-5 form for a medical adviser")
                .isEmpty();
        assertThat(page.browser().findElements(By.id("utfall-skjema"))).as("the outcome form").isEmpty();
    }

    @Test
    void a_nav_office_adviser_cancels_with_a_coded_reason_which_the_page_shows_and_the_event_carries(
            HeadlessChromium browser) {
        UUID id = conferenceFor("0315").payload().conferenceId();
        var page = browser.loggedInAs(adviserAt("0315", "Z990401"));

        page.open("/sider/samarbeidsmoter/" + id);
        new Select(page.until(By.id("arsakskode"))).selectByVisibleText("Saken er avklart før møtet");
        page.browser().findElement(By.id("arsak")).sendKeys("Vedtak om uføretrygd er fattet");
        page.browser().findElement(By.cssSelector("#avlys-skjema button[type=submit]")).click();

        assertThat(page.text(By.id("status"))).contains("Avlyst");
        assertThat(page.text(By.id("avlyst-fordi")))
                .isEqualTo("Saken er avklart før møtet Vedtak om uføretrygd er fattet");
        assertThat(announced(probe, id, "ConferenceCancelled", 1)).singleElement()
                .extracting(event -> ((ConferenceCancelled) event.payload()).reason())
                .isEqualTo(CancellationReason.CASE_RESOLVED);
    }

    @Test
    void a_form_post_with_the_login_cookie_but_without_the_csrf_token_is_refused() {
        var request = conferenceFor("0315");
        String token = adviserAt("0315", "Z990401").substring("Bearer ".length());

        int status = RestClient.create("http://localhost:" + port).post()
                .uri("/sider/samarbeidsmoter/{id}/avlys", request.payload().conferenceId())
                .header(HttpHeaders.COOKIE, "overgang-token=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("reason=forged")
                .exchange((req, response) -> response.getStatusCode().value());

        assertThat(status).isEqualTo(403);
        assertThat(new ConferenceApi(port).status(request.payload().conferenceId(), "0315")).isEqualTo("REQUESTED");
        assertThat(auditLog.forCase(request.caseKey())).as("refused before it reached the conference")
                .extracting(AuditRecord::action).doesNotContain("cancel conference");
    }

    @Test
    void an_adviser_of_another_office_is_refused_the_conference_page_and_the_refusal_is_audited() {
        var request = conferenceFor("0315");
        String token = adviserAt("1201", "Z990402").substring("Bearer ".length());

        var page = RestClient.create("http://localhost:" + port).get()
                .uri("/sider/samarbeidsmoter/{id}", request.payload().conferenceId())
                .header(HttpHeaders.COOKIE, "overgang-token=" + token).accept(MediaType.TEXT_HTML)
                .exchange((req, response) -> new String[] {String.valueOf(response.getStatusCode().value()),
                        new String(response.getBody().readAllBytes())});

        assertThat(page[0]).isEqualTo("403");
        assertThat(page[1]).doesNotContain(PERSON);
        assertThat(auditLog.forCase(request.caseKey())).singleElement().satisfies(entry -> {
            assertThat(entry.navIdent()).isEqualTo("Z990402");
            assertThat(entry.resource()).isEqualTo("GET /sider/samarbeidsmoter/" + request.payload().conferenceId());
            assertThat(entry.decision()).isEqualTo(Decision.DENY);
        });
    }

    @Test
    void a_medical_adviser_declares_when_they_can_and_sees_the_proposed_slots_and_the_case_history(
            HeadlessChromium browser) {
        Instant requested = businessClock.now().truncatedTo(ChronoUnit.SECONDS);
        String caseKey = newCaseKey();
        publishMilestone(probe, caseKey, PERSON, MilestoneType.WEEK_39_NOTICE, new MilestoneDetails(null, 61, null,
                null, null, null, null), requested);
        var request = created(probe, conferenceRequested(caseKey, "0315", PERSON, MeasuresAuthority.NAV_OFFICE,
                requested));
        UUID id = request.payload().conferenceId();
        var api = new ConferenceApi(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> ConferenceApi.json(api.get("/api/conferences/" + id,
                adviserAt("0315", "Z990401"))).get("caseHistory").size() == 1);
        LocalDate day = WorkingDays.plusWorkingDays(requested.atZone(OSLO).toLocalDate(), 2);
        String window = "{\"windows\":[{\"from\":\"" + day.atTime(13, 0).atZone(OSLO).toInstant() + "\",\"to\":\""
                + day.atTime(15, 0).atZone(OSLO).toInstant() + "\"}]}";
        api.post("/api/conferences/" + id + "/invitations/NAV_OFFICE/availability", adviserAt("0315", "Z990401"),
                window);
        api.post("/api/conferences/" + id + "/invitations/BENEFITS_UNIT/availability",
                ConferenceApi.caseworkerAt("4402", "Z990403"), window);
        var page = browser.loggedInAs(medicalAdviserIn("rol-pool", "Z990601"));
        page.open("/sider/samarbeidsmoter/" + id);
        assertThat(page.text(By.id("historikk-tabell"))).contains("39-ukersbrev sendt")
                .contains("61 sykepengedager igjen");

        page.browser().findElement(By.id("tider")).sendKeys("i morgen formiddag");
        page.browser().findElement(By.cssSelector("#tilgjengelighet-skjema button[type=submit]")).click();
        assertThat(page.text(By.id("feil"))).contains("skriv dato, fra og til slik: 2026-03-11 09:00-11:30");

        page.browser().findElement(By.id("tider")).sendKeys(day + " 14:00-16:00");
        page.browser().findElement(By.cssSelector("#tilgjengelighet-skjema button[type=submit]")).click();
        assertThat(page.text(By.id("oppgitt-MEDICAL_ADVISER"))).contains("kl. 14:00–16:00");
        assertThat(page.text(By.id("forslag"))).as("14:00 is the only hour inside everyone's windows")
                .isEqualTo(day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " kl. 14:00");
    }

    private EventEnvelope<ConferenceRequested> conferenceFor(String office) {
        return created(probe, conferenceRequested(newCaseKey(), office, PERSON));
    }
}

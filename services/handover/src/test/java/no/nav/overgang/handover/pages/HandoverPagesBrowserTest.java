package no.nav.overgang.handover.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventIds;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.CaseHistoryEntry;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MeasuresAssessmentResult;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.MedicalAdvice;
import no.nav.overgang.testkit.HeadlessChromium;
import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;
import no.nav.overgang.testkit.TopicProbe;

/** The benefits unit's inbox and the office's returned handovers, driven in a real headless Chromium. */
@ServiceTest
class HandoverPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    BusinessClock businessClock;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_caseworker_opens_the_handover_from_the_inbox_claims_it_and_acknowledges_it(HeadlessChromium browser) {
        var outcome = outcome("1201", "4405");
        UUID id = handoverFor(outcome);
        var page = browser.loggedInAs(TestTokens.bearer("Z990801", List.of("benefits-caseworker"), List.of("4405")));

        page.open("/sider/innboks");
        assertThat(page.text(By.tagName("h1"))).isEqualTo("Innboks for overføringer");
        page.until(By.id("innboks")).findElement(By.linkText("Overføring " + id.toString().substring(0, 8))).click();

        assertThat(page.text(By.id("plan"))).isEqualTo("Work trial at 50 % for 8 weeks");
        assertThat(page.text(By.id("forklaring"))).contains("pilot arm pilot-unit");
        assertThat(page.text(By.id("historikk-tabell"))).as("the case's milestones and explanations, oldest first")
                .containsSubsequence("Arbeidsavklaringspenger innvilget", "etter folketrygdloven § 11-6",
                        "Tatt inn i piloten", "entered because: AAP granted under § 11-6")
                .doesNotContain("24516240071");
        assertThat(page.text(By.id("vurdering"))).contains("Ikke oppfylt").contains("NAV Arbeid og ytelser");
        page.until(By.id("ta")).click();
        assertThat(page.text(By.id("tatt-av"))).isEqualTo("Z990801");
        page.until(By.id("bekreft")).click();

        assertThat(page.text(By.id("status"))).contains("Bekreftet mottatt");
        assertThat(auditLog.forCase(outcome.caseKey())).extracting(AuditRecord::action)
                .contains("list handover in inbox", "read handover", "claim handover", "acknowledge handover");
    }

    @Test
    void a_caseworker_returns_the_handover_and_the_nav_office_adviser_sees_it_with_the_reason(
            HeadlessChromium browser) {
        UUID id = handoverFor(outcome("1201", "4405"));
        var page = browser.loggedInAs(TestTokens.bearer("Z990802", List.of("benefits-caseworker"), List.of("4405")));
        page.open("/sider/overforinger/" + id);
        page.until(By.id("ta")).click();
        page.until(By.id("arsak")).sendKeys("The specialist statement is missing");
        page.browser().findElement(By.cssSelector("#returner-skjema button[type=submit]")).click();
        assertThat(page.text(By.id("returarsak"))).isEqualTo("The specialist statement is missing");

        browser.loggedInAs(TestTokens.bearer("Z990803", List.of("nav-office-adviser"), List.of("1201")))
                .open("/sider/returnerte");

        assertThat(page.text(By.id("returnerte"))).contains("Overføring " + id.toString().substring(0, 8))
                .contains("The specialist statement is missing");
    }

    @Test
    void a_caseworker_of_another_unit_is_refused_the_handover_page_and_the_refusal_is_audited() {
        var outcome = outcome("1201", "4405");
        UUID id = handoverFor(outcome);
        String token = TestTokens.bearer("Z990804", List.of("benefits-caseworker"), List.of("4402"))
                .substring("Bearer ".length());

        int status = RestClient.create("http://localhost:" + port).get().uri("/sider/overforinger/{id}", id)
                .header(HttpHeaders.COOKIE, "overgang-token=" + token).accept(MediaType.TEXT_HTML)
                .exchange((req, response) -> response.getStatusCode().value());

        assertThat(status).isEqualTo(403);
        assertThat(auditLog.forCase(outcome.caseKey())).singleElement().satisfies(entry -> {
            assertThat(entry.navIdent()).isEqualTo("Z990804");
            assertThat(entry.resource()).isEqualTo("GET /sider/overforinger/" + id);
            assertThat(entry.decision()).isEqualTo(Decision.DENY);
        });
    }

    private EventEnvelope<ConferenceOutcomeRecorded> outcome(String office, String unit) {
        var at = businessClock.now();
        var outcome = new ConferenceOutcomeRecorded(UUID.randomUUID(), "pilot-unit", office, unit,
                "Work trial at 50 % for 8 weeks", true, List.of("specialist statement"), LocalDate.parse("2026-05-11"),
                "The unit requests the specialist statement",
                new MedicalAdvice("Can sustain light work 4 hours a day", "Physiotherapy ongoing", "Try graded work"),
                new MeasuresAssessment(MeasuresAssessmentResult.NOT_MET, "Vocational rehabilitation not tried",
                        MeasuresAuthority.BENEFITS_UNIT),
                "conference requested because: the case entered the cohort in pilot arm pilot-unit",
                List.of(new CaseHistoryEntry(at.minusSeconds(86_400), "MilestoneRecorded", MilestoneType.AAP_GRANTED,
                                SourceSystem.AAP, new MilestoneDetails(null, null, "11-6", null, null, null, null),
                                null),
                        new CaseHistoryEntry(at.minusSeconds(86_400), "CaseEnteredCohort", null, null, null,
                                "entered because: AAP granted under § 11-6")));
        return EventEnvelope.first(UUID.randomUUID(), outcome, at, at.plusSeconds(1), "overgang-conference",
                UUID.randomUUID().toString().replace("-", ""));
    }

    private UUID handoverFor(EventEnvelope<ConferenceOutcomeRecorded> outcome) {
        probe.send(Topics.CONFERENCES.name(), outcome.caseKey(), EventJson.writeString(outcome));
        String conference = "\"conferenceId\":\"" + outcome.payload().conferenceId() + "\"";
        probe.readAll(Topics.HANDOVERS.name(), Duration.ofSeconds(30), all -> all.stream().anyMatch(r ->
                r.value().contains("\"eventType\":\"HandoverCreated\"") && r.value().contains(conference)));
        return EventIds.derived(outcome.payload().conferenceId(), EventType.HANDOVER_CREATED, null);
    }
}

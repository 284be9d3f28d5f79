package no.nav.overgang.conference.conference;

import static no.nav.overgang.conference.ConferenceApi.OUTCOME;
import static no.nav.overgang.conference.ConferenceApi.adviserAt;
import static no.nav.overgang.conference.ConferenceApi.caseworkerAt;
import static no.nav.overgang.conference.ConferenceApi.json;
import static no.nav.overgang.conference.ConferenceApi.medicalAdviserIn;
import static no.nav.overgang.conference.ConferenceEvents.MONDAY_2_MARCH;
import static no.nav.overgang.conference.ConferenceEvents.announced;
import static no.nav.overgang.conference.ConferenceEvents.conferenceRequested;
import static no.nav.overgang.conference.ConferenceEvents.created;
import static no.nav.overgang.conference.ConferenceEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.nav.overgang.conference.ConferenceApi;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.payload.ConferenceOutcomeRecorded;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.MeasuresAssessment;
import no.nav.overgang.events.payload.MeasuresAssessmentRecorded;
import no.nav.overgang.events.payload.MeasuresAssessmentResult;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.MedicalAdvice;
import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.audit.AuditLog.AuditRecord;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * The medical adviser's dual role kept apart: advice by the invited medical adviser only, the § 12-5 assessment only
 * by the role the pilot variant gives that authority; every refused attempt audit-logged.
 */
@ServiceTest
class AdviceAndMeasuresAssessmentTest {

    private static final String OFFICE = "0315";
    private static final String UNIT = "4402";
    private static final String ADVISER = adviserAt(OFFICE, "Z990401");
    private static final String CASEWORKER = caseworkerAt(UNIT, "Z990403");
    private static final String MEDICAL_ADVISER = medicalAdviserIn("rol-pool", "Z990601");
    private static final String ADVICE = """
            {"functionalAssessment":"Can sustain light work 4 hours a day",
             "treatmentStatus":"Physiotherapy ongoing, 6 sessions left",
             "recommendation":"Try graded work before a disability claim is considered"}""";
    private static final String NOT_YET_ASSESSABLE = """
            {"result":"CANNOT_YET_BE_ASSESSED","reasoning":"Treatment is still ongoing; the work trial comes first"}""";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();
    private ConferenceApi api;

    @BeforeEach
    void connect() {
        api = new ConferenceApi(port);
    }

    @Test
    void the_invited_medical_adviser_records_advice_before_the_meeting_and_it_is_shown_as_advice() {
        var request = conference(MeasuresAuthority.NAV_OFFICE);
        String id = request.payload().conferenceId().toString();

        var recorded = api.post("/api/conferences/" + id + "/advice", MEDICAL_ADVISER, ADVICE);

        assertThat(recorded.getStatusCode().value()).isEqualTo(200);
        JsonNode advice = json(api.get("/api/conferences/" + id, CASEWORKER)).get("advice");
        assertThat(advice.get("content").get("recommendation").asString())
                .isEqualTo("Try graded work before a disability claim is considered");
        assertThat(advice.get("by").asString()).isEqualTo("Z990601");
        assertThat(json(recorded).get("measuresAssessment").isNull()).as("advice is not an assessment").isTrue();
        assertThat(announced(probe, request.payload().conferenceId(), "AdviceRecorded", 1)).hasSize(1);
    }

    @Test
    void a_nav_office_adviser_cannot_record_advice_and_the_attempt_is_audited() {
        var request = conference(MeasuresAuthority.NAV_OFFICE);

        var attempt = api.post("/api/conferences/" + request.payload().conferenceId() + "/advice", ADVISER, ADVICE);

        assertThat(attempt.getStatusCode().value()).isEqualTo(403);
        assertThat(auditLog.forCase(request.caseKey())).extracting(AuditRecord::action, AuditRecord::decision)
                .containsExactly(Tuple.tuple("record medical advice", Decision.DENY));
    }

    @Test
    void a_medical_adviser_never_records_the_12_5_assessment_or_the_outcome_and_both_attempts_are_audited() {
        var request = conference(MeasuresAuthority.NAV_OFFICE);
        String id = request.payload().conferenceId().toString();
        api.hold(request.payload().conferenceId(), OFFICE, UNIT);

        var assessment = api.post("/api/conferences/" + id + "/measures-assessment", MEDICAL_ADVISER,
                NOT_YET_ASSESSABLE);
        var outcome = api.post("/api/conferences/" + id + "/outcome", MEDICAL_ADVISER, OUTCOME);

        assertThat(assessment.getStatusCode().value()).isEqualTo(403);
        assertThat(json(assessment).get("detail").asString())
                .isEqualTo("En rådgivende lege gir råd, men vurderer aldri tiltaksvilkåret (§ 12-5).");
        assertThat(outcome.getStatusCode().value()).isEqualTo(403);
        assertThat(api.status(request.payload().conferenceId(), OFFICE)).isEqualTo("HELD");
        assertThat(auditLog.forCase(request.caseKey())).filteredOn(r -> r.decision() == Decision.DENY)
                .extracting(AuditRecord::navIdent, AuditRecord::action)
                .containsExactlyInAnyOrder(Tuple.tuple("Z990601", "record § 12-5 measures assessment"),
                        Tuple.tuple("Z990601", "record conference outcome"));
    }

    @Test
    void where_the_office_holds_the_12_5_authority_its_adviser_assesses_and_the_benefits_caseworker_is_refused() {
        var request = conference(MeasuresAuthority.NAV_OFFICE);
        String path = "/api/conferences/" + request.payload().conferenceId() + "/measures-assessment";

        var byCaseworker = api.post(path, CASEWORKER, NOT_YET_ASSESSABLE);
        var byAdviser = api.post(path, ADVISER, NOT_YET_ASSESSABLE);

        assertThat(byCaseworker.getStatusCode().value()).isEqualTo(403);
        assertThat(json(byCaseworker).get("detail").asString()).isEqualTo("I denne pilotvarianten er det bare en "
                + "veileder ved sakens NAV-kontor (0315) som kan registrere vurderingen av tiltaksvilkåret (§ 12-5).");
        assertThat(byAdviser.getStatusCode().value()).isEqualTo(200);
        JsonNode assessment = json(byAdviser).get("measuresAssessment").get("content");
        assertThat(assessment.get("result").asString()).isEqualTo("CANNOT_YET_BE_ASSESSED");
        assertThat(assessment.get("assessedBy").asString()).isEqualTo("NAV_OFFICE");
        assertThat(auditLog.forCase(request.caseKey())).extracting(AuditRecord::navIdent, AuditRecord::decision)
                .containsExactlyInAnyOrder(Tuple.tuple("Z990403", Decision.DENY), Tuple.tuple("Z990401", Decision.PERMIT));
    }

    @Test
    void where_the_benefits_unit_holds_the_12_5_authority_its_caseworker_assesses_and_the_office_adviser_is_refused() {
        var request = conference(MeasuresAuthority.BENEFITS_UNIT);
        String path = "/api/conferences/" + request.payload().conferenceId() + "/measures-assessment";
        String notMet = "{\"result\":\"NOT_MET\",\"reasoning\":\"Vocational rehabilitation has not been tried\"}";

        var byAdviser = api.post(path, ADVISER, notMet);
        var byCaseworker = api.post(path, CASEWORKER, notMet);

        assertThat(byAdviser.getStatusCode().value()).isEqualTo(403);
        assertThat(byCaseworker.getStatusCode().value()).isEqualTo(200);
        assertThat(announced(probe, request.payload().conferenceId(), "MeasuresAssessmentRecorded", 1))
                .singleElement().satisfies(event -> assertThat(event.payload()).isEqualTo(
                        new MeasuresAssessmentRecorded(request.payload().conferenceId(), "pilot-unit", OFFICE, UNIT,
                                MeasuresAuthority.BENEFITS_UNIT, MeasuresAssessmentResult.NOT_MET)));
        assertThat(auditLog.forCase(request.caseKey())).extracting(AuditRecord::navIdent, AuditRecord::decision)
                .containsExactlyInAnyOrder(Tuple.tuple("Z990401", Decision.DENY), Tuple.tuple("Z990403", Decision.PERMIT));
    }

    @Test
    void the_outcome_carries_the_advice_and_the_12_5_assessment_to_the_handover() {
        var request = conference(MeasuresAuthority.NAV_OFFICE);
        String id = request.payload().conferenceId().toString();
        api.post("/api/conferences/" + id + "/advice", MEDICAL_ADVISER, ADVICE);
        api.post("/api/conferences/" + id + "/measures-assessment", ADVISER, NOT_YET_ASSESSABLE);
        api.hold(request.payload().conferenceId(), OFFICE, UNIT);

        var outcome = api.post("/api/conferences/" + id + "/outcome", ADVISER, OUTCOME);
        var afterwards = api.post("/api/conferences/" + id + "/advice", MEDICAL_ADVISER, ADVICE);

        assertThat(outcome.getStatusCode().value()).isEqualTo(200);
        assertThat(announced(probe, request.payload().conferenceId(), "ConferenceOutcomeRecorded", 1))
                .singleElement().satisfies(event -> assertThat(event.payload())
                        .isInstanceOfSatisfying(ConferenceOutcomeRecorded.class, recorded -> {
                            assertThat(recorded.nextSteps()).isEqualTo("The office arranges the work trial");
                            assertThat(recorded.caseExplanation()).as("why the case is in the pilot")
                                    .startsWith("conference requested because: the case entered the cohort");
                            assertThat(recorded.advice()).isEqualTo(new MedicalAdvice(
                                    "Can sustain light work 4 hours a day", "Physiotherapy ongoing, 6 sessions left",
                                    "Try graded work before a disability claim is considered"));
                            assertThat(recorded.measuresAssessment()).isEqualTo(new MeasuresAssessment(
                                    MeasuresAssessmentResult.CANNOT_YET_BE_ASSESSED,
                                    "Treatment is still ongoing; the work trial comes first",
                                    MeasuresAuthority.NAV_OFFICE));
                        }));
        assertThat(afterwards.getStatusCode().value()).as("advice after the outcome").isEqualTo(409);
    }

    private EventEnvelope<ConferenceRequested> conference(MeasuresAuthority authority) {
        return created(probe, conferenceRequested(newCaseKey(), OFFICE, "24516240071", authority, MONDAY_2_MARCH));
    }
}

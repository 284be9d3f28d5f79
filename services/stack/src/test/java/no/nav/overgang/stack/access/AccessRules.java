package no.nav.overgang.stack.access;

import static no.nav.overgang.platform.security.Role.AUDITOR;
import static no.nav.overgang.platform.security.Role.BENEFITS_CASEWORKER;
import static no.nav.overgang.platform.security.Role.EVALUATOR;
import static no.nav.overgang.platform.security.Role.MEDICAL_ADVISER;
import static no.nav.overgang.platform.security.Role.NAV_OFFICE_ADVISER;
import static no.nav.overgang.platform.security.Role.PILOT_ADMIN;
import static no.nav.overgang.platform.security.Role.SOURCE_SYSTEM;
import static no.nav.overgang.platform.security.Role.STATISTICIAN;
import static no.nav.overgang.stack.ServiceKind.CONFERENCE;
import static no.nav.overgang.stack.ServiceKind.COORDINATOR;
import static no.nav.overgang.stack.ServiceKind.HANDOVER;
import static no.nav.overgang.stack.ServiceKind.INTAKE;
import static no.nav.overgang.stack.ServiceKind.METRICS;
import static no.nav.overgang.stack.access.Scope.AGGREGATE;
import static no.nav.overgang.stack.access.Scope.ANY;
import static no.nav.overgang.stack.access.Scope.INVITED;
import static no.nav.overgang.stack.access.Scope.LIST_INVITED;
import static no.nav.overgang.stack.access.Scope.LIST_OWN_OFFICES;
import static no.nav.overgang.stack.access.Scope.LIST_OWN_UNITS;
import static no.nav.overgang.stack.access.Scope.OWN_OFFICE;
import static no.nav.overgang.stack.access.Scope.OWN_UNIT;
import static no.nav.overgang.stack.access.Scope.PSEUDONYMOUS;

import java.util.List;

import no.nav.overgang.stack.ServiceKind;

/**
 * The access matrix of issue 7, in one place: every endpoint and page of every service, the roles that may call it and
 * how far each reaches. A role not named is refused with 403, and so is a token without roles; no token is 401.
 * Another office's, unit's or pool's object is refused with 403 (not 404): the ids are random UUIDs or keyed hashes,
 * so existence tells nothing, and the refusal is audit-logged against the case. {@link AccessMatrixTest} fails for an
 * endpoint without a rule here, for a rule without an endpoint, and when docs/PRIVACY.md shows another matrix.
 */
final class AccessRules {

    private static final String MILESTONE = """
            {"eventId":"{eventId}","source":"SYKEPENGER","milestone":"WEEK_39_NOTICE","nationalId":"{person}",
             "office":"{officeC}","occurredAt":"2026-03-02T09:00:00Z","details":{"remainingBenefitDays":61}}""";
    private static final String MEETING = """
            {"startsAt":"2026-03-12T12:00:00Z","place":"NAV-kontoret"}""";
    private static final String ANSWER = """
            {"answer":"ACCEPTED"}""";
    private static final String SLOTS = """
            {"slots":["2026-03-12T12:00:00Z"]}""";
    private static final String ADVICE = """
            {"functionalAssessment":"Reduced capacity","treatmentStatus":"Ongoing","recommendation":"Work trial"}""";
    private static final String ASSESSMENT = """
            {"result":"CANNOT_YET_BE_ASSESSED","reasoning":"Treatment is still ongoing"}""";
    private static final String OUTCOME = """
            {"agreedPlan":"Work trial","disabilityClaimRecommended":false,"documentsNeeded":[]}""";
    private static final String SURVIVAL_CSV = """
            group,time,event
            control,30,1
            control,60,1
            control,90,0
            control,120,1
            pilot,20,1
            pilot,40,1
            pilot,70,0
            pilot,80,1
            """;

    /** Endpoints that answer without a token, and why that is safe. */
    static final List<PublicEndpoint> PUBLIC = List.of(
            new PublicEndpoint("GET", "/actuator/health", "liveness and readiness for the platform; status only"),
            new PublicEndpoint("GET", "/actuator/health/**", "liveness and readiness groups; status only"),
            new PublicEndpoint("GET", "/actuator/info", "build information"),
            new PublicEndpoint("GET", "/actuator/prometheus",
                    "metrics for scraping; labels never carry a national id or an employee"),
            new PublicEndpoint("*", "/error", "Spring Boot's error rendering: a problem detail, never data"),
            new PublicEndpoint("GET", "/v3/api-docs", "the OpenAPI description of the API; no data"),
            new PublicEndpoint("GET", "/v3/api-docs.yaml", "the OpenAPI description as YAML; no data"),
            new PublicEndpoint("GET", "/v3/api-docs/swagger-config", "Swagger UI's settings; no data"),
            new PublicEndpoint("GET", "/swagger-ui.html", "redirect to Swagger UI (static files); no data"));

    static final List<Rule> ALL = List.of(
            // intake: source systems submit; the pilot administrator corrects and handles dead letters
            Rule.of(INTAKE, "POST /api/milestones").body(Body.json(MILESTONE))
                    .permit(SOURCE_SYSTEM, ANY).permit(PILOT_ADMIN, ANY),
            Rule.of(INTAKE, "POST /api/milestones/batch").body(Body.json("[" + MILESTONE + "]"))
                    .permit(SOURCE_SYSTEM, ANY).permit(PILOT_ADMIN, ANY),
            Rule.of(INTAKE, "GET /api/dead-letters").permit(PILOT_ADMIN, ANY),
            Rule.of(INTAKE, "GET /api/dead-letters/{id}").permit(PILOT_ADMIN, ANY),
            Rule.of(INTAKE, "POST /api/dead-letters/{id}/redrive").permit(PILOT_ADMIN, ANY),
            Rule.of(INTAKE, "POST /api/dead-letters/redrive").body(Body.json("{\"ids\":[\"{deadLetter}\"]}"))
                    .permit(PILOT_ADMIN, ANY),
            Rule.of(INTAKE, "GET /sider/avviste-meldinger").permit(PILOT_ADMIN, ANY),
            Rule.of(INTAKE, "POST /sider/avviste-meldinger/send-pa-nytt").body(Body.form("id", "{deadLetter}"))
                    .permit(PILOT_ADMIN, ANY),

            // coordinator: the pilot administrator's cohort, case timelines, balance and configuration
            Rule.of(COORDINATOR, "GET /api/cohort").query("limit=5").permit(PILOT_ADMIN, ANY),
            Rule.of(COORDINATOR, "GET /api/cases/{caseKey}").permit(PILOT_ADMIN, ANY),
            Rule.of(COORDINATOR, "GET /api/balance").permit(PILOT_ADMIN, ANY),
            Rule.of(COORDINATOR, "GET /api/configuration").permit(PILOT_ADMIN, ANY),
            Rule.of(COORDINATOR, "GET /sider/kohort").permit(PILOT_ADMIN, ANY),
            Rule.of(COORDINATOR, "GET /sider/saker/{caseKey}").permit(PILOT_ADMIN, ANY),
            Rule.of(COORDINATOR, "GET /sider/balanse").permit(PILOT_ADMIN, ANY),
            Rule.of(COORDINATOR, "GET /sider/konfigurasjon").permit(PILOT_ADMIN, ANY),
            Rule.of(COORDINATOR, "POST /api/cases/{caseKey}/withdrawal").with("caseKey", "{controlCase}")
                    .body(Body.json("{\"reason\":\"OTHER\",\"note\":\"access matrix\"}")).permit(PILOT_ADMIN, ANY),
            Rule.of(COORDINATOR, "POST /sider/saker/{caseKey}/uttrekk").with("caseKey", "{controlCase}")
                    .body(Body.form("reason", "OTHER", "note", "tilgangsmatrisen")).permit(PILOT_ADMIN, ANY),

            // conference API: the three invited roles, each within its office, unit or pool
            Rule.of(CONFERENCE, "GET /api/conferences").shows("{conference}")
                    .permit(NAV_OFFICE_ADVISER, LIST_OWN_OFFICES)
                    .permit(BENEFITS_CASEWORKER, LIST_OWN_UNITS).permit(MEDICAL_ADVISER, LIST_INVITED),
            Rule.of(CONFERENCE, "GET /api/conferences/{id}").namesPerson().permit(NAV_OFFICE_ADVISER, OWN_OFFICE)
                    .permit(BENEFITS_CASEWORKER, OWN_UNIT).permit(MEDICAL_ADVISER, INVITED),
            Rule.of(CONFERENCE, "GET /api/conferences/{id}/slot-proposals").permit(NAV_OFFICE_ADVISER, OWN_OFFICE)
                    .permit(BENEFITS_CASEWORKER, OWN_UNIT).permit(MEDICAL_ADVISER, INVITED),
            Rule.of(CONFERENCE, "POST /api/conferences/{id}/meeting").namesPerson().body(Body.json(MEETING))
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            answer("POST /api/conferences/{id}/invitations/{role}/answer", Body.json(ANSWER), "NAV_OFFICE")
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            answer("POST /api/conferences/{id}/invitations/{role}/answer", Body.json(ANSWER), "BENEFITS_UNIT")
                    .permit(BENEFITS_CASEWORKER, OWN_UNIT),
            answer("POST /api/conferences/{id}/invitations/{role}/answer", Body.json(ANSWER), "MEDICAL_ADVISER")
                    .permit(MEDICAL_ADVISER, INVITED),
            answer("POST /api/conferences/{id}/invitations/{role}/availability", Body.json(SLOTS), "NAV_OFFICE")
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            answer("POST /api/conferences/{id}/invitations/{role}/availability", Body.json(SLOTS), "BENEFITS_UNIT")
                    .permit(BENEFITS_CASEWORKER, OWN_UNIT),
            answer("POST /api/conferences/{id}/invitations/{role}/availability", Body.json(SLOTS), "MEDICAL_ADVISER")
                    .permit(MEDICAL_ADVISER, INVITED),
            Rule.of(CONFERENCE, "POST /api/conferences/{id}/reschedule").namesPerson().body(Body.json(MEETING))
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            Rule.of(CONFERENCE, "POST /api/conferences/{id}/held").permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            Rule.of(CONFERENCE, "POST /api/conferences/{id}/cancel").body(Body.json("{\"reason\":\"Not needed\"}"))
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            Rule.of(CONFERENCE, "POST /api/conferences/{id}/advice").namesPerson().body(Body.json(ADVICE))
                    .permit(MEDICAL_ADVISER, INVITED),
            Rule.of(CONFERENCE, "POST /api/conferences/{id}/measures-assessment").namesPerson()
                    .body(Body.json(ASSESSMENT))
                    .variant("§ 12-5 at the office").permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            Rule.of(CONFERENCE, "POST /api/conferences/{id}/measures-assessment").namesPerson()
                    .body(Body.json(ASSESSMENT))
                    .variant("§ 12-5 at the unit").with("id", "{unitConference}")
                    .permit(BENEFITS_CASEWORKER, OWN_UNIT),
            Rule.of(CONFERENCE, "POST /api/conferences/{id}/outcome").body(Body.json(OUTCOME))
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),

            // conference pages: the same rules, from the browser
            Rule.of(CONFERENCE, "GET /sider/samarbeidsmoter").shows("{conference}")
                    .permit(NAV_OFFICE_ADVISER, LIST_OWN_OFFICES),
            Rule.of(CONFERENCE, "GET /sider/invitasjoner").shows("{conference}").permit(MEDICAL_ADVISER, LIST_INVITED),
            Rule.of(CONFERENCE, "GET /sider/samarbeidsmoter/{id}").namesPerson().permit(NAV_OFFICE_ADVISER, OWN_OFFICE)
                    .permit(BENEFITS_CASEWORKER, OWN_UNIT).permit(MEDICAL_ADVISER, INVITED),
            Rule.of(CONFERENCE, "POST /sider/samarbeidsmoter/{id}/motetid").namesPerson()
                    .body(Body.form("startsAt", "2026-03-12 13:00", "place", "NAV-kontoret"))
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            Rule.of(CONFERENCE, "POST /sider/samarbeidsmoter/{id}/flytt").namesPerson()
                    .body(Body.form("startsAt", "2026-03-13 13:00", "place", "NAV-kontoret"))
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            pageAnswer("svar", Body.form("role", "NAV_OFFICE", "answer", "ACCEPTED"), "NAV_OFFICE")
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            pageAnswer("svar", Body.form("role", "BENEFITS_UNIT", "answer", "ACCEPTED"), "BENEFITS_UNIT")
                    .permit(BENEFITS_CASEWORKER, OWN_UNIT),
            pageAnswer("svar", Body.form("role", "MEDICAL_ADVISER", "answer", "ACCEPTED"), "MEDICAL_ADVISER")
                    .permit(MEDICAL_ADVISER, INVITED),
            pageAnswer("tilgjengelighet", Body.form("role", "NAV_OFFICE", "slots", "2026-03-12 13:00"), "NAV_OFFICE")
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            pageAnswer("tilgjengelighet", Body.form("role", "BENEFITS_UNIT", "slots", "2026-03-12 13:00"),
                    "BENEFITS_UNIT").permit(BENEFITS_CASEWORKER, OWN_UNIT),
            pageAnswer("tilgjengelighet", Body.form("role", "MEDICAL_ADVISER", "slots", "2026-03-12 13:00"),
                    "MEDICAL_ADVISER").permit(MEDICAL_ADVISER, INVITED),
            Rule.of(CONFERENCE, "POST /sider/samarbeidsmoter/{id}/holdt").namesPerson()
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            Rule.of(CONFERENCE, "POST /sider/samarbeidsmoter/{id}/avlys").namesPerson()
                    .body(Body.form("reason", "Ikke behov"))
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            Rule.of(CONFERENCE, "POST /sider/samarbeidsmoter/{id}/rad").namesPerson()
                    .body(Body.form("functionalAssessment", "Nedsatt", "treatmentStatus", "Pågår",
                            "recommendation", "Arbeidsutprøving"))
                    .permit(MEDICAL_ADVISER, INVITED),
            Rule.of(CONFERENCE, "POST /sider/samarbeidsmoter/{id}/tiltaksvilkar").namesPerson()
                    .body(Body.form("result", "CANNOT_YET_BE_ASSESSED", "reasoning", "Behandling pågår"))
                    .variant("§ 12-5 at the office").permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            Rule.of(CONFERENCE, "POST /sider/samarbeidsmoter/{id}/tiltaksvilkar").namesPerson()
                    .body(Body.form("result", "CANNOT_YET_BE_ASSESSED", "reasoning", "Behandling pågår"))
                    .variant("§ 12-5 at the unit").with("id", "{unitConference}")
                    .permit(BENEFITS_CASEWORKER, OWN_UNIT),
            Rule.of(CONFERENCE, "POST /sider/samarbeidsmoter/{id}/utfall").namesPerson()
                    .body(Body.form("agreedPlan", "Arbeidsutprøving"))
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),

            // handover: the benefits unit's inbox and steps; the office reads its case's handover and the returned ones
            Rule.of(HANDOVER, "GET /api/handovers").shows("{handover}").permit(BENEFITS_CASEWORKER, LIST_OWN_UNITS),
            Rule.of(HANDOVER, "GET /api/handovers/returned").permit(NAV_OFFICE_ADVISER, LIST_OWN_OFFICES),
            Rule.of(HANDOVER, "GET /api/handovers/{id}").permit(BENEFITS_CASEWORKER, OWN_UNIT)
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            Rule.of(HANDOVER, "POST /api/handovers/{id}/claim").permit(BENEFITS_CASEWORKER, OWN_UNIT),
            Rule.of(HANDOVER, "POST /api/handovers/{id}/acknowledge").permit(BENEFITS_CASEWORKER, OWN_UNIT),
            Rule.of(HANDOVER, "POST /api/handovers/{id}/return").body(Body.json("{\"reason\":\"Missing statement\"}"))
                    .permit(BENEFITS_CASEWORKER, OWN_UNIT),
            Rule.of(HANDOVER, "GET /sider/innboks").shows("{handover}").permit(BENEFITS_CASEWORKER, LIST_OWN_UNITS),
            Rule.of(HANDOVER, "GET /sider/returnerte").permit(NAV_OFFICE_ADVISER, LIST_OWN_OFFICES),
            Rule.of(HANDOVER, "GET /sider/overforinger/{id}").permit(BENEFITS_CASEWORKER, OWN_UNIT)
                    .permit(NAV_OFFICE_ADVISER, OWN_OFFICE),
            Rule.of(HANDOVER, "POST /sider/overforinger/{id}/ta").permit(BENEFITS_CASEWORKER, OWN_UNIT),
            Rule.of(HANDOVER, "POST /sider/overforinger/{id}/bekreft").permit(BENEFITS_CASEWORKER, OWN_UNIT),
            Rule.of(HANDOVER, "POST /sider/overforinger/{id}/returner").body(Body.form("reason", "Mangler uttalelse"))
                    .permit(BENEFITS_CASEWORKER, OWN_UNIT),

            // metrics: evaluators see aggregates, statisticians the pseudonymous dataset
            Rule.of(METRICS, "GET /api/metrics/summary").permit(EVALUATOR, AGGREGATE).permit(PILOT_ADMIN, ANY),
            Rule.of(METRICS, "POST /api/analysis/survival").body(Body.csv(SURVIVAL_CSV))
                    .permit(EVALUATOR, ANY).permit(STATISTICIAN, ANY).permit(PILOT_ADMIN, ANY),
            Rule.of(METRICS, "GET /api/analysis/dataset").query("asOf=2026-06-01").permit(STATISTICIAN, PSEUDONYMOUS),
            Rule.of(METRICS, "GET /api/metrics/process").permit(EVALUATOR, AGGREGATE).permit(STATISTICIAN, AGGREGATE)
                    .permit(PILOT_ADMIN, AGGREGATE),
            Rule.of(METRICS, "GET /sider/evaluering").permit(EVALUATOR, AGGREGATE).permit(STATISTICIAN, AGGREGATE)
                    .permit(PILOT_ADMIN, AGGREGATE),
            Rule.of(METRICS, "GET /sider/evaluering/eksport.csv").permit(EVALUATOR, AGGREGATE)
                    .permit(STATISTICIAN, AGGREGATE).permit(PILOT_ADMIN, AGGREGATE),

            // the audit log: every service answers the auditor's search of its own log; the intake has the page
            audit(INTAKE), audit(COORDINATOR), audit(CONFERENCE), audit(HANDOVER), audit(METRICS),
            Rule.of(INTAKE, "GET /sider/revisjon").permit(AUDITOR, ANY),
            Rule.of(INTAKE, "POST /sider/revisjon").namesPerson().body(Body.form("navIdent", "Z980000"))
                    .permit(AUDITOR, ANY));

    private AccessRules() {
    }

    /** Audit records may carry the national id of the person whose data was read. */
    private static Rule audit(ServiceKind service) {
        return Rule.of(service, "GET /api/audit").query("caseKey={caseKey}").namesPerson().permit(AUDITOR, ANY);
    }

    /** Answering or declaring availability for an invitation: only the invited role, in its office, unit or pool. */
    private static Rule answer(String endpoint, Body body, String participantRole) {
        Rule rule = Rule.of(CONFERENCE, endpoint).body(body).with("role", participantRole);
        return (endpoint.endsWith("/answer") ? rule.namesPerson() : rule)
                .variant("{role} = " + participantRole);
    }

    private static Rule pageAnswer(String step, Body body, String participantRole) {
        return Rule.of(CONFERENCE, "POST /sider/samarbeidsmoter/{id}/" + step).namesPerson().body(body)
                .variant("role = " + participantRole);
    }

    /** @param method {@code *} when the endpoint answers any method */
    record PublicEndpoint(String method, String path, String why) {
    }
}

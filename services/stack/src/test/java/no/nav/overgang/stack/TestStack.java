package no.nav.overgang.stack;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import no.nav.overgang.platform.privacy.CaseKeys;
import no.nav.overgang.simulator.SyntheticNationalIds;
import no.nav.overgang.testkit.Infrastructure;
import no.nav.overgang.testkit.TestTokens;

/**
 * All five services on the shared test infrastructure, started once per test JVM, plus HTTP helpers per role. Public
 * for the end-to-end tests in sub-packages (access matrix), which must share this one stack.
 */
public final class TestStack {

    private static final SplittableRandom RANDOM = new SplittableRandom();

    static final String SECRET = "e2e-test-secret-not-for-production";
    static final String SALT = "e2e-test-salt-not-for-production";
    public static final CaseKeys CASE_KEYS = new CaseKeys(SECRET);

    private static OvergangStack stack;

    private TestStack() {
    }

    public static synchronized OvergangStack shared() {
        if (stack == null) {
            Infrastructure infrastructure = Infrastructure.shared();
            Endpoints endpoints = new Endpoints(infrastructure.jdbcUrl(), infrastructure.dbUsername(),
                    infrastructure.dbPassword(), infrastructure.kafkaBootstrapServers(), infrastructure.issuerUri());
            Map<ServiceKind, Integer> anyFreePort = new EnumMap<>(ServiceKind.class);
            for (ServiceKind kind : ServiceKind.values()) {
                anyFreePort.put(kind, 0);
            }
            stack = OvergangStack.start(endpoints, anyFreePort, Map.of(
                    "overgang.pseudonymisation.secret", SECRET,
                    "overgang.coordinator.randomisation-salt", SALT,
                    "spring.profiles.active", "test"));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "test-stack-stop"));
        }
        return stack;
    }

    static String sourceSystem() {
        return TestTokens.bearer("srv-sykepenger", List.of("source-system"), List.of());
    }

    public static String admin() {
        return TestTokens.bearer("Z990050", List.of("pilot-admin"), List.of());
    }

    public static String adviser(String office) {
        return TestTokens.bearer("Z990001", List.of("nav-office-adviser"), List.of(office));
    }

    public static String caseworker(String unit) {
        return TestTokens.bearer("Z990010", List.of("benefits-caseworker"), List.of(unit));
    }

    public static RestClient client(ServiceKind kind, String bearer) {
        return RestClient.builder().baseUrl(shared().baseUrl(kind))
                .defaultHeader(HttpHeaders.AUTHORIZATION, bearer)
                .build();
    }

    public static ResponseEntity<String> postMilestone(String json) {
        return client(ServiceKind.INTAKE, sourceSystem()).post().uri("/api/milestones")
                .contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(String.class);
    }

    public static List<Map<String, Object>> getList(ServiceKind kind, String bearer, String path) {
        return client(kind, bearer).get().uri(path).retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                });
    }

    /** A week-39 notice for a person at an office, as the sickness-benefit system would submit it. */
    public static String week39(String eventId, String nationalId, String office) {
        return """
                {"eventId":"%s","source":"SYKEPENGER","milestone":"WEEK_39_NOTICE","nationalId":"%s","office":"%s",
                 "occurredAt":"2026-03-02T09:00:00Z","details":{"maxDate":"2026-05-26","remainingBenefitDays":61}}"""
                .formatted(eventId, nationalId, office);
    }

    /** Schedules the conference (all three roles accept), marks it held and records an outcome. */
    public static void holdWithOutcome(String conferenceId, String office) {
        holdWithOutcome(conferenceId, office, "Work trial for 8 weeks, then reassess");
    }

    /** As {@link #holdWithOutcome(String, String)}, with the agreed plan given. */
    public static void holdWithOutcome(String conferenceId, String office, String agreedPlan) {
        var adviser = TestStack.client(ServiceKind.CONFERENCE, TestStack.adviser(office));
        adviser.post().uri("/api/conferences/{id}/meeting", conferenceId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"startsAt\":\"2026-03-11T12:00:00Z\",\"place\":\"NAV Grünerløkka\"}")
                .retrieve().toBodilessEntity();
        TestStack.client(ServiceKind.CONFERENCE, TestStack.caseworker("4402")).post()
                .uri("/api/conferences/{id}/invitations/BENEFITS_UNIT/answer", conferenceId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"answer\":\"ACCEPTED\"}").retrieve().toBodilessEntity();
        TestStack.client(ServiceKind.CONFERENCE, TestTokens.bearer("Z990020", List.of("medical-adviser"),
                        List.of("rol-pool"))).post()
                .uri("/api/conferences/{id}/invitations/MEDICAL_ADVISER/answer", conferenceId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"answer\":\"ACCEPTED\"}").retrieve().toBodilessEntity();
        adviser.post().uri("/api/conferences/{id}/held", conferenceId).retrieve().toBodilessEntity();
        adviser.post().uri("/api/conferences/{id}/outcome", conferenceId).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"agreedPlan":"%s","disabilityClaimRecommended":false,
                         "documentsNeeded":["specialist statement"],"followUpDate":"2026-05-04"}""".formatted(agreedPlan))
                .retrieve().toBodilessEntity();
    }

    /** A new synthetic person (month + 40). */
    public static String newPerson() {
        return SyntheticNationalIds.generate(LocalDate.of(1950 + RANDOM.nextInt(45), 1 + RANDOM.nextInt(12),
                1 + RANDOM.nextInt(28)), RANDOM);
    }

    /** An office no other test uses, so a test sees only its own conferences (unlisted offices route to 4402). */
    public static String ownOffice() {
        return "0%03d".formatted(100 + RANDOM.nextInt(900));
    }
}

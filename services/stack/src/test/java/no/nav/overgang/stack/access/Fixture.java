package no.nav.overgang.stack.access;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.nav.overgang.events.Topics;
import no.nav.overgang.stack.ServiceKind;
import no.nav.overgang.stack.TestStack;
import no.nav.overgang.testkit.TestIds;
import no.nav.overgang.testkit.TopicProbe;

/**
 * The real objects the matrix is walked on, made through the running stack: week-39 notices for persons at office A
 * until one is a control case and three are pilot cases with conferences (one with the § 12-5 authority at the
 * office, one at the benefits unit), one of those held with an outcome so that a handover exists, and one dead letter. Offices B and C
 * have nothing of A's; C receives the milestones the walk itself submits.
 *
 * @param officeA            the office that owns every object (served by benefits unit {@link #OWN_UNIT})
 * @param conference         a conference of office A whose § 12-5 authority is the office; the walk acts on it
 * @param unitConference     a conference of office A whose § 12-5 authority is the benefits unit
 * @param handover           the handover of a third conference of office A, held with an outcome
 * @param caseKey            the case key of {@code conference}
 * @param controlCase        a control case of office A (no conference), which the walk may withdraw
 * @param deadLetter         a dead letter of the intake
 * @param nationalIds        every person of office A: only an allowed conference read may show them
 * @param neverShown         the person behind the dead letter: no answer may show it (dead letters are masked)
 * @param objectIds          every conference and handover id of office A: no other office's list may show them
 * @param marker             text in the handover's agreed plan: only office A and its unit may read it
 */
record Fixture(String officeA, String officeB, String officeC, String conference, String unitConference,
               String handover, String caseKey, String controlCase, String deadLetter, Set<String> nationalIds,
               String neverShown,
               Set<String> objectIds, String marker) {

    static final String OWN_UNIT = "4402";
    static final String OTHER_UNIT = "4405";
    static final String OWN_POOL = "rol-pool";
    static final String OTHER_POOL = "rol-pool-annen";

    private static final Duration FLOW = Duration.ofSeconds(60);

    /** The value of a placeholder in a path or body; {@code {eventId}} and {@code {person}} are new for every call. */
    String resolve(String template) {
        String text = template.replace("{conference}", conference).replace("{unitConference}", unitConference)
                .replace("{handover}", handover).replace("{caseKey}", caseKey)
                .replace("{controlCase}", controlCase).replace("{deadLetter}", deadLetter)
                .replace("{officeC}", officeC);
        if (text.contains("{eventId}")) {
            text = text.replace("{eventId}", "access-" + UUID.randomUUID());
        }
        if (text.contains("{person}")) {
            text = text.replace("{person}", TestStack.newPerson());
        }
        return text;
    }

    /** The placeholder for a path variable a rule leaves open: the service's own kind of object. */
    static String defaultPathValue(ServiceKind service, String variable) {
        return switch (variable) {
            case "caseKey" -> "{caseKey}";
            case "id" -> switch (service) {
                case CONFERENCE -> "{conference}";
                case HANDOVER -> "{handover}";
                case INTAKE -> "{deadLetter}";
                default -> throw new IllegalArgumentException("no object for {id} in " + service.id());
            };
            default -> throw new IllegalArgumentException("no value for path variable {" + variable + "} of "
                    + service.id() + "; give it in the rule with .with(\"" + variable + "\", ...)");
        };
    }

    static Fixture create() {
        String officeA = TestStack.ownOffice();
        String officeB = otherThan(officeA);
        String officeC = otherThan(officeA, officeB);
        Map<String, String> nationalIdByCaseKey = new HashMap<>();
        List<Map<String, Object>> conferences = List.of();
        List<String> controls = new ArrayList<>();
        // each case lands in one of three arms of equal weight; add persons until a control case and three pilot
        // cases with both § 12-5 authorities exist (ten persons are enough about 19 times in 20)
        for (int round = 0; round < 10 && !(enough(conferences) && !controls.isEmpty()); round++) {
            for (int i = 0; i < (round == 0 ? 10 : 4); i++) {
                String nationalId = TestStack.newPerson();
                TestStack.postMilestone(TestStack.week39("access-" + UUID.randomUUID(), nationalId, officeA));
                nationalIdByCaseKey.put(TestStack.CASE_KEYS.caseKey(nationalId), nationalId);
            }
            List<Map<String, Object>> mine = awaitCohort(nationalIdByCaseKey.keySet()).stream()
                    .filter(row -> nationalIdByCaseKey.containsKey(row.get("caseKey"))).toList();
            long pilots = mine.stream().filter(row -> !"control".equals(row.get("arm"))).count();
            controls = mine.stream().filter(row -> "control".equals(row.get("arm")))
                    .map(row -> (String) row.get("caseKey")).toList();
            conferences = await().atMost(FLOW).until(
                    () -> TestStack.getList(ServiceKind.CONFERENCE, TestStack.adviser(officeA), "/api/conferences"),
                    list -> list.size() >= pilots);
        }
        if (!enough(conferences) || controls.isEmpty()) {
            throw new IllegalStateException("no control case and three pilot conferences with both § 12-5 "
                    + "authorities at " + officeA);
        }
        String conference = idWith(conferences, "NAV_OFFICE", Set.of());
        String unitConference = idWith(conferences, "BENEFITS_UNIT", Set.of());
        String heldConference = idWith(conferences, null, Set.of(conference, unitConference));

        String marker = "access-matrix-plan-" + UUID.randomUUID();
        TestStack.holdWithOutcome(heldConference, officeA, marker);
        String handover = (String) await().atMost(FLOW).until(
                        () -> TestStack.getList(ServiceKind.HANDOVER, TestStack.caseworker(OWN_UNIT), "/api/handovers"),
                        list -> list.stream().anyMatch(h -> heldConference.equals(h.get("conferenceId"))))
                .stream().filter(h -> heldConference.equals(h.get("conferenceId"))).findFirst().orElseThrow().get("id");

        String nationalId = (String) TestStack.client(ServiceKind.CONFERENCE, TestStack.adviser(officeA)).get()
                .uri("/api/conferences/{id}", conference).retrieve().body(Map.class).get("nationalId");
        String caseKey = TestStack.CASE_KEYS.caseKey(nationalId);

        String deadLetterPerson = TestStack.newPerson();
        String deadLetter = deadLetter(deadLetterPerson);

        List<String> objectIds = new ArrayList<>(conferences.stream().map(c -> (String) c.get("id")).toList());
        objectIds.add(handover);
        return new Fixture(officeA, officeB, officeC, conference, unitConference, handover, caseKey,
                controls.getFirst(), deadLetter,
                Set.copyOf(nationalIdByCaseKey.values()), deadLetterPerson, Set.copyOf(objectIds), marker);
    }

    private static boolean enough(List<Map<String, Object>> conferences) {
        return conferences.size() >= 3
                && conferences.stream().anyMatch(c -> "NAV_OFFICE".equals(c.get("measuresAuthority")))
                && conferences.stream().anyMatch(c -> "BENEFITS_UNIT".equals(c.get("measuresAuthority")));
    }

    private static String idWith(List<Map<String, Object>> conferences, String authority, Set<String> not) {
        return conferences.stream()
                .filter(c -> authority == null || authority.equals(c.get("measuresAuthority")))
                .map(c -> (String) c.get("id")).filter(id -> !not.contains(id)).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> awaitCohort(Set<String> caseKeys) {
        return await().atMost(FLOW).until(
                () -> TestStack.getList(ServiceKind.COORDINATOR, TestStack.admin(), "/api/cohort?limit=1000"),
                rows -> rows.stream().map(r -> r.get("caseKey")).toList().containsAll(caseKeys));
    }

    /** Input at an office that is no office becomes a dead letter; its id, as the administrator's API lists it. */
    private static String deadLetter(String nationalId) {
        String eventId = TestIds.unmasked("access-dead-");
        String bootstrap = TestStack.shared().context(ServiceKind.INTAKE).getEnvironment()
                .getRequiredProperty("spring.kafka.bootstrap-servers");
        try (TopicProbe probe = new TopicProbe(bootstrap)) {
            probe.send(Topics.MILESTONE_INBOUND.name(), "ref-" + UUID.randomUUID(),
                    TestStack.week39(eventId, nationalId, "03X5"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> letters = (List<Map<String, Object>>) await().atMost(FLOW).until(
                () -> TestStack.client(ServiceKind.INTAKE, TestStack.admin()).get()
                        .uri("/api/dead-letters?limit=500").retrieve().body(Map.class),
                overview -> String.valueOf(overview.get("letters")).contains(eventId)).get("letters");
        return (String) letters.stream().filter(l -> String.valueOf(l.get("preview")).contains(eventId))
                .findFirst().orElseThrow().get("id");
    }

    private static String otherThan(String... taken) {
        String office;
        do {
            office = TestStack.ownOffice();
        } while (List.of(taken).contains(office));
        return office;
    }
}

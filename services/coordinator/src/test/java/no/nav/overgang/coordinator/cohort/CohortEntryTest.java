package no.nav.overgang.coordinator.cohort;

import no.nav.overgang.coordinator.SourceWatermarks;
import static no.nav.overgang.coordinator.CaseEvents.MONDAY_2_MARCH;
import static no.nav.overgang.coordinator.CaseEvents.countOf;
import static no.nav.overgang.coordinator.CaseEvents.eventsOf;
import static no.nav.overgang.coordinator.CaseEvents.milestone;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKeyOnTheSamePartitionAs;
import static no.nav.overgang.coordinator.CaseEvents.week39Notice;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.nav.overgang.coordinator.randomisation.Arm;
import no.nav.overgang.coordinator.randomisation.KeyedHashRandomiser;
import no.nav.overgang.coordinator.randomisation.Randomiser;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.events.payload.AgeBand;
import no.nav.overgang.events.payload.CaseEnteredCohort;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/** Milestones in on overgang.milestone.v1, cohort entry, arm and conference request out on overgang.case.v1. */
@ServiceTest
class CohortEntryTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String PERSON = "15436840087";
    private static final String OTHER_PERSON = "07478540048";

    @Autowired
    Randomiser randomiser;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_week_39_notice_enters_a_pilot_case_assigns_its_arm_and_requests_a_conference_saying_why() {
        String caseKey = newCaseKeyIn(Arm::pilot);
        var notice = week39Notice(caseKey, PERSON);

        publish(notice);

        var records = probe.readAll(Topics.CASES.name(), WITHIN, caseHas(caseKey, 3));
        var events = eventsOf(caseKey, records);
        assertThat(events).extracting(EventEnvelope::eventType)
                .as("an escalation may follow when business time is already past the conference deadline")
                .startsWith("CaseEnteredCohort", "ArmAssigned", "ConferenceRequested");
        assertThat(records).filteredOn(r -> caseKey.equals(r.key())).extracting(ConsumerRecord::key)
                .as("every case event is keyed by the case key, never the national id").containsOnly(caseKey);
        assertThat(events.subList(0, 3)).allSatisfy(e -> {
            assertThat(e.causationId()).as("caused by the milestone").isEqualTo(notice.eventId());
            assertThat(e.occurredAt()).as("business time of the milestone").isEqualTo(notice.occurredAt());
        });

        assertThat(events.get(0).payload()).isInstanceOfSatisfying(CaseEnteredCohort.class, entered -> {
            assertThat(entered.ruleId()).isEqualTo("sykepenger-week39");
            assertThat(entered.indexDate()).isEqualTo(LocalDate.parse("2026-03-02"));
            assertThat(entered.explanation()).contains("week-39 notice on 2026-03-02").contains("61 benefit days left");
            assertThat(entered.stratum()).isEqualTo("SYKEPENGER|0315");
            assertThat(entered.ageBand()).as("born 1968-03-15, 57 on the index date; the id itself is not sent")
                    .isEqualTo(AgeBand.FROM_50_TO_59);
        });
        String expectedArm = randomiser.assign(new Randomiser.Allocation(caseKey, "SYKEPENGER|0315", "0315")).arm().id();
        assertThat(events.get(1).payload()).isInstanceOfSatisfying(ArmAssigned.class, arm -> {
            assertThat(arm.arm()).isEqualTo(expectedArm);
            assertThat(arm.pilot()).isTrue();
            assertThat(arm.measuresAuthority()).isNotNull();
            assertThat(arm.method()).isEqualTo(KeyedHashRandomiser.METHOD);
        });
        assertThat(events.get(2).payload()).isInstanceOfSatisfying(ConferenceRequested.class, request -> {
            assertThat(request.arm()).isEqualTo(expectedArm);
            assertThat(request.office()).isEqualTo("0315");
            assertThat(request.nationalId()).as("the conference needs to know whose case it is").isEqualTo(PERSON);
            assertThat(request.explanation()).contains("sykepenger-week39").contains(expectedArm);
        });
    }

    @Test
    void a_control_case_enters_and_gets_its_arm_but_no_conference() {
        String caseKey = newCaseKeyIn(arm -> !arm.pilot());

        publish(week39Notice(caseKey, PERSON));

        var events = eventsOnceProcessed(caseKey);
        assertThat(events).extracting(EventEnvelope::eventType).containsExactly("CaseEnteredCohort", "ArmAssigned");
        assertThat(events.get(1).payload()).isInstanceOfSatisfying(ArmAssigned.class, arm -> {
            assertThat(arm.arm()).isEqualTo("control");
            assertThat(arm.pilot()).isFalse();
        });
    }

    @Test
    void the_same_milestone_delivered_twice_enters_the_case_once() {
        String caseKey = newCaseKey();
        var notice = week39Notice(caseKey, PERSON);

        publish(notice);
        publish(notice);

        var events = eventsOnceProcessed(caseKey);
        assertThat(countOf("CaseEnteredCohort", events)).as("cohort entries for %s", caseKey).isEqualTo(1);
        assertThat(countOf("ArmAssigned", events)).as("arm assignments for %s", caseKey).isEqualTo(1);
    }

    @Test
    void a_second_eligible_milestone_does_not_enter_the_case_again() {
        String caseKey = newCaseKey();
        publish(week39Notice(caseKey, PERSON));
        probe.readAll(Topics.CASES.name(), WITHIN, caseHas(caseKey, 1));

        publish(milestone(caseKey, PERSON, SourceSystem.SYKEPENGER, MilestoneType.DIALOGUE_MEETING_2,
                new MilestoneDetails(LocalDate.parse("2026-05-26"), 40, null, null, null, null, null),
                MONDAY_2_MARCH.plus(Duration.ofDays(21))));

        var events = eventsOnceProcessed(caseKey);
        assertThat(countOf("CaseEnteredCohort", events)).as("cohort entries for %s", caseKey).isEqualTo(1);
        assertThat(countOf("ArmAssigned", events)).as("arm assignments for %s", caseKey).isEqualTo(1);
        assertThat(events.getFirst().payload()).isInstanceOfSatisfying(CaseEnteredCohort.class,
                entered -> assertThat(entered.ruleId()).as("the rule of the first eligible milestone")
                        .isEqualTo("sykepenger-week39"));
    }

    @Test
    void a_case_that_returned_to_work_before_its_week_39_notice_does_not_enter() {
        String caseKey = newCaseKey();
        var notice = week39Notice(caseKey, PERSON);
        publish(milestone(caseKey, PERSON, SourceSystem.SYKEPENGER, MilestoneType.RETURNED_TO_WORK,
                MilestoneDetails.none(), notice.occurredAt().minus(Duration.ofDays(7))));
        publish(notice);

        assertThat(eventsOnceProcessed(caseKey)).as("events of a case that returned to work").isEmpty();
    }

    @Test
    void a_disability_claim_from_the_ufore_system_is_stratified_by_the_benefit_the_person_was_on() {
        String afterAap = newCaseKey();
        publish(milestone(afterAap, PERSON, SourceSystem.AAP, MilestoneType.AAP_GRANTED,
                new MilestoneDetails(null, null, "11-6", LocalDate.parse("2027-06-30"), null, null, null),
                MONDAY_2_MARCH.minus(Duration.ofDays(200))));
        publish(milestone(afterAap, PERSON, SourceSystem.UFORETRYGD, MilestoneType.DISABILITY_CLAIM_RECEIVED,
                MilestoneDetails.none(), MONDAY_2_MARCH));
        String unknown = newCaseKey();
        publish(milestone(unknown, OTHER_PERSON, SourceSystem.UFORETRYGD, MilestoneType.DISABILITY_CLAIM_RECEIVED,
                MilestoneDetails.none(), MONDAY_2_MARCH));

        assertThat(entryOf(afterAap)).satisfies(entered -> {
            assertThat(entered.ruleId()).isEqualTo("disability-claim");
            assertThat(entered.sourceBenefit()).isEqualTo(SourceSystem.AAP);
            assertThat(entered.stratum()).isEqualTo("AAP|0315");
        });
        assertThat(entryOf(unknown)).satisfies(entered -> {
            assertThat(entered.sourceBenefit()).isEqualTo(SourceSystem.UFORETRYGD);
            assertThat(entered.stratum()).isEqualTo("UNKNOWN|0315");
        });
    }

    private CaseEnteredCohort entryOf(String caseKey) {
        var records = probe.readAll(Topics.CASES.name(), WITHIN, caseHas(caseKey, 1));
        return eventsOf(caseKey, records).stream().map(EventEnvelope::payload)
                .filter(CaseEnteredCohort.class::isInstance).map(CaseEnteredCohort.class::cast).findFirst()
                .orElseThrow();
    }

    private void publish(EventEnvelope<?> milestone) {
        SourceWatermarks.publish(probe, milestone);
    }

    /**
     * The case's events once the coordinator has processed everything published for it so far: a marker case on the
     * same partition enters the cohort after them, and its entry is published after whatever they caused.
     */
    private List<EventEnvelope<?>> eventsOnceProcessed(String caseKey) {
        String marker = newCaseKeyOnTheSamePartitionAs(caseKey);
        publish(week39Notice(marker, OTHER_PERSON));
        var records = probe.readAll(Topics.CASES.name(), WITHIN, caseHas(marker, 1));
        return eventsOf(caseKey, records);
    }

    private static Predicate<List<ConsumerRecord<String, String>>> caseHas(String caseKey, int events) {
        return records -> records.stream().filter(r -> caseKey.equals(r.key())).count() >= events;
    }

    private String newCaseKeyIn(Predicate<Arm> arm) {
        while (true) {
            String caseKey = newCaseKey();
            if (arm.test(randomiser.assign(new Randomiser.Allocation(caseKey, "SYKEPENGER|0315", "0315")).arm())) {
                return caseKey;
            }
        }
    }
}

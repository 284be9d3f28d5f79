package no.nav.overgang.intake.source;

import static no.nav.overgang.intake.source.SourceFixtures.OFFICE;
import static no.nav.overgang.intake.source.SourceFixtures.PERSON;
import static no.nav.overgang.intake.source.SourceFixtures.aap;
import static no.nav.overgang.intake.source.SourceFixtures.newId;
import static no.nav.overgang.intake.source.SourceFixtures.payment;
import static no.nav.overgang.intake.source.SourceFixtures.sykepenger;
import static no.nav.overgang.intake.source.SourceFixtures.uforetrygd;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.DisabilityDecisionResult;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.platform.privacy.CaseKeys;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/** Every mapping of docs/EVENTS.md "Source events → canonical milestones", on the real broker and database. */
@ServiceTest
class SourceAdaptersTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String SYKEPENGER = Topics.SOURCE_SYKEPENGER.name();
    private static final String AAP = Topics.SOURCE_AAP.name();
    private static final String UFORETRYGD = Topics.SOURCE_UFORETRYGD.name();
    /** 2026-03-02T10:00 in Oslo (winter time, UTC+1). */
    private static final Instant SYKEPENGER_TIME = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    CaseKeys caseKeys;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    record Mapping(String topic, String sourceEvent, SourceSystem system, MilestoneType milestone,
                   MilestoneDetails details, Instant occurredAt) {
    }

    static Stream<Arguments> mappings() {
        Instant aapTime = Instant.parse("2026-04-01T08:30:00Z");
        Instant uforeTime = Instant.parse("2026-09-15T12:00:00Z");
        LocalDate aapEnd = LocalDate.parse("2027-03-31");
        return Stream.of(
                mapping("sick leave started", SYKEPENGER, id -> sykepenger(id, "sykefravaer_startet",
                                "\"skjæringstidspunkt\":\"2026-01-05\""), SourceSystem.SYKEPENGER,
                        MilestoneType.SICK_LEAVE_STARTED, MilestoneDetails.none(), SYKEPENGER_TIME),
                mapping("activity requirement", SYKEPENGER, id -> sykepenger(id, "aktivitetskrav_vurdert",
                                "\"status\":\"OPPFYLT\""), SourceSystem.SYKEPENGER,
                        MilestoneType.ACTIVITY_REQUIREMENT_8_WEEKS, MilestoneDetails.none(), SYKEPENGER_TIME),
                mapping("dialogue meeting 2", SYKEPENGER, id -> sykepenger(id, "dialogmote_ferdigstilt", ""),
                        SourceSystem.SYKEPENGER, MilestoneType.DIALOGUE_MEETING_2, MilestoneDetails.none(),
                        SYKEPENGER_TIME),
                mapping("week-39 notice", SYKEPENGER, id -> sykepenger(id, "maksdatovarsel_sendt",
                                "\"maksdato\":\"2026-05-26\",\"gjenståendeSykedager\":61"), SourceSystem.SYKEPENGER,
                        MilestoneType.WEEK_39_NOTICE, details(LocalDate.parse("2026-05-26"), 61, null, null, null, null),
                        SYKEPENGER_TIME),
                mapping("payment that uses the last benefit day", SYKEPENGER, id -> payment(id, 248, 0, "UTBETALING"),
                        SourceSystem.SYKEPENGER, MilestoneType.MAX_DATE_REACHED,
                        details(LocalDate.parse("2026-02-27"), 0, null, null, null, null), SYKEPENGER_TIME),
                mapping("sick leave ended, fit for work", SYKEPENGER, id -> sykepenger(id, "sykefravaer_avsluttet",
                                "\"tom\":\"2026-03-01\",\"årsak\":\"FRISKMELDT\""), SourceSystem.SYKEPENGER,
                        MilestoneType.RETURNED_TO_WORK, MilestoneDetails.none(), SYKEPENGER_TIME),
                mapping("sick leave ended at maksdato", SYKEPENGER, id -> sykepenger(id, "sykefravaer_avsluttet",
                                "\"tom\":\"2026-03-01\",\"årsak\":\"MAKSDATO\""), SourceSystem.SYKEPENGER,
                        MilestoneType.SICKNESS_BENEFIT_ENDED, MilestoneDetails.none(), SYKEPENGER_TIME),
                mapping("AAP granted for assistance needs", AAP, id -> aap(id, "VEDTAK_INNVILGET", "BISTANDSBEHOV", ""),
                        SourceSystem.AAP, MilestoneType.AAP_GRANTED, details(null, null, "11-6", aapEnd, null, null),
                        aapTime),
                mapping("AAP granted as sickness-benefit replacement", AAP, id -> aap(id, "VEDTAK_INNVILGET",
                                "SYKEPENGEERSTATNING", ""), SourceSystem.AAP, MilestoneType.AAP_GRANTED,
                        details(null, null, "11-13", aapEnd, null, null), aapTime),
                mapping("AAP granted to a job seeker", AAP, id -> aap(id, "VEDTAK_INNVILGET", "ARBEIDSSØKER", ""),
                        SourceSystem.AAP, MilestoneType.AAP_GRANTED, details(null, null, "11-17", aapEnd, null, null),
                        aapTime),
                mapping("AAP granted while disability benefit is assessed", AAP, id -> aap(id, "VEDTAK_INNVILGET",
                                "VURDERES_FOR_UFØRETRYGD", ""), SourceSystem.AAP, MilestoneType.AAP_GRANTED,
                        details(null, null, "11-18", aapEnd, null, null), aapTime),
                mapping("AAP extended", AAP, id -> aap(id, "VEDTAK_FORLENGET", "BISTANDSBEHOV", ""), SourceSystem.AAP,
                        MilestoneType.AAP_EXTENDED, details(null, null, "11-12", aapEnd, null, null), aapTime),
                mapping("AAP end announced", AAP, id -> aap(id, "STANS_VARSLET", "BISTANDSBEHOV", ""),
                        SourceSystem.AAP, MilestoneType.AAP_END_APPROACHING,
                        details(null, null, null, aapEnd, null, null), aapTime),
                mapping("AAP ended", AAP, id -> aap(id, "VEDTAK_OPPHORT", "BISTANDSBEHOV",
                                ",\"opphørsårsak\":\"MAKSTID_NÅDD\""), SourceSystem.AAP, MilestoneType.AAP_ENDED,
                        details(null, null, null, aapEnd, null, null), aapTime),
                mapping("AAP ended because the person is back at work", AAP, id -> aap(id, "VEDTAK_OPPHORT",
                                "BISTANDSBEHOV", ",\"opphørsårsak\":\"ARBEID\""), SourceSystem.AAP,
                        MilestoneType.RETURNED_TO_WORK, details(null, null, null, aapEnd, null, null), aapTime),
                mapping("disability claim", UFORETRYGD, id -> uforetrygd(id, "KRAV_MOTTATT", ""),
                        SourceSystem.UFORETRYGD, MilestoneType.DISABILITY_CLAIM_RECEIVED, MilestoneDetails.none(),
                        uforeTime),
                mapping("disability granted", UFORETRYGD, id -> uforetrygd(id, "VEDTAK_FATTET",
                                ",\"resultat\":\"INNVILGET\",\"uføregrad\":100"), SourceSystem.UFORETRYGD,
                        MilestoneType.DISABILITY_DECISION,
                        details(null, null, null, null, DisabilityDecisionResult.GRANTED, null), uforeTime),
                mapping("disability partly granted", UFORETRYGD, id -> uforetrygd(id, "VEDTAK_FATTET",
                                ",\"resultat\":\"DELVIS_INNVILGET\",\"uføregrad\":50"), SourceSystem.UFORETRYGD,
                        MilestoneType.DISABILITY_DECISION,
                        details(null, null, null, null, DisabilityDecisionResult.PARTLY_GRANTED, null), uforeTime),
                mapping("disability refused under § 12-5", UFORETRYGD, id -> uforetrygd(id, "VEDTAK_FATTET",
                                ",\"resultat\":\"AVSLAG\",\"avslagshjemler\":[\"12-5\"]"), SourceSystem.UFORETRYGD,
                        MilestoneType.DISABILITY_DECISION,
                        details(null, null, null, null, DisabilityDecisionResult.REFUSED, true), uforeTime),
                mapping("disability refused on other grounds", UFORETRYGD, id -> uforetrygd(id, "VEDTAK_FATTET",
                                ",\"resultat\":\"AVSLAG\",\"avslagshjemler\":[\"12-7\"]"), SourceSystem.UFORETRYGD,
                        MilestoneType.DISABILITY_DECISION,
                        details(null, null, null, null, DisabilityDecisionResult.REFUSED, false), uforeTime));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappings")
    void a_source_event_becomes_its_canonical_milestone_keyed_by_the_case_key(String name, Mapping mapping) {
        String id = newId();
        String sourceEvent = mapping.sourceEvent().replace("{id}", id);

        probe.send(mapping.topic(), "source-ref-" + id, sourceEvent);

        EventEnvelope<?> event = awaitMilestone(id);
        assertThat(event.caseKey()).isEqualTo(caseKeys.caseKey(PERSON));
        assertThat(event.occurredAt()).as("business time").isEqualTo(mapping.occurredAt());
        assertThat(event.payload()).isInstanceOfSatisfying(MilestoneRecorded.class, milestone -> {
            assertThat(milestone.sourceSystem()).isEqualTo(mapping.system());
            assertThat(milestone.milestone()).isEqualTo(mapping.milestone());
            assertThat(milestone.details()).isEqualTo(mapping.details());
            assertThat(milestone.nationalId()).isEqualTo(PERSON);
            assertThat(milestone.office()).isEqualTo(OFFICE);
        });
    }

    @Test
    void an_ordinary_payment_is_not_a_milestone_and_not_a_dead_letter() {
        String payment = newId();
        String after = newId();
        String key = "spell-" + payment;

        probe.send(SYKEPENGER, key, payment(payment, 120, 128, "UTBETALING"));
        probe.send(SYKEPENGER, key, sykepenger(after, "dialogmote_ferdigstilt", ""));

        awaitMilestone(after);
        assertThat(milestones()).as("milestones from the ordinary payment")
                .noneMatch(r -> r.value().contains(payment));
        assertThat(probe.readToEnd(Topics.MILESTONE_DEAD_LETTERS.name(), WITHIN))
                .as("dead letters of the ordinary payment")
                .noneMatch(r -> r.value().contains(payment));
    }

    @Test
    void an_unknown_event_name_is_dead_lettered_as_unknown_event_type_with_the_original_bytes() {
        String poison = sykepenger(newId(), "vedtak_fattet", "");

        probe.send(SYKEPENGER, "spell-x", poison);

        DeadLetterRecorded letter = awaitDeadLetter(poison);
        assertThat(letter.reason()).isEqualTo("UNKNOWN_EVENT_TYPE");
        assertThat(letter.sourceTopic()).isEqualTo(SYKEPENGER);
        assertThat(letter.detail()).contains("/@event_name");
    }

    @Test
    void a_source_event_without_a_field_its_kind_requires_is_dead_lettered_naming_the_field() {
        String poison = sykepenger(newId(), "maksdatovarsel_sendt", "\"maksdato\":\"2026-05-26\"");

        probe.send(SYKEPENGER, "spell-y", poison);

        DeadLetterRecorded letter = awaitDeadLetter(poison);
        assertThat(letter.reason()).isEqualTo("SCHEMA_INVALID");
        assertThat(letter.detail()).contains("gjenståendeSykedager");
    }

    @Test
    void an_unknown_legal_ground_is_dead_lettered_as_schema_invalid() {
        String poison = aap(newId(), "VEDTAK_INNVILGET", "UKJENT", "");

        probe.send(AAP, "4LFK2S0", poison);

        DeadLetterRecorded letter = awaitDeadLetter(poison);
        assertThat(letter.reason()).isEqualTo("SCHEMA_INVALID");
        assertThat(letter.detail()).contains("/rettighetstype");
    }

    @Test
    void a_national_id_with_wrong_check_digits_is_dead_lettered_without_repeating_it() {
        String poison = sykepenger(newId(), "sykefravaer_startet", "15436840088",
                "\"skjæringstidspunkt\":\"2026-01-05\"");

        probe.send(SYKEPENGER, "spell-z", poison);

        DeadLetterRecorded letter = awaitDeadLetter(poison);
        assertThat(letter.reason()).isEqualTo("SCHEMA_INVALID");
        assertThat(letter.detail()).contains("/nationalId: check digits do not match").doesNotContain("15436840088");
    }

    @Test
    void malformed_json_on_a_source_topic_is_dead_lettered() {
        String poison = aap(newId(), "VEDTAK_INNVILGET", "BISTANDSBEHOV", "").substring(0, 50);

        probe.send(AAP, "4LFK2S0", poison);

        assertThat(awaitDeadLetter(poison).reason()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void the_same_source_event_twice_is_one_milestone_and_changed_content_under_its_id_is_a_conflict() {
        String id = newId();
        String decision = uforetrygd(id, "VEDTAK_FATTET", ",\"resultat\":\"INNVILGET\"");
        String changed = uforetrygd(id, "VEDTAK_FATTET", ",\"resultat\":\"AVSLAG\"");

        probe.send(UFORETRYGD, "22004711", decision);
        probe.send(UFORETRYGD, "22004711", decision);
        probe.send(UFORETRYGD, "22004711", changed);

        assertThat(awaitDeadLetter(changed).reason()).isEqualTo("CONFLICT");
        awaitMilestone(id);
        assertThat(milestones()).as("milestones of source event %s, sent twice the same and once changed", id)
                .filteredOn(r -> r.value().contains(id)).singleElement()
                .satisfies(r -> assertThat(((MilestoneRecorded) EventJson.read(r.value()).payload()).details()
                        .decisionResult()).isEqualTo(DisabilityDecisionResult.GRANTED));
    }

    private static Arguments mapping(String name, String topic, java.util.function.UnaryOperator<String> event,
                                     SourceSystem system, MilestoneType milestone, MilestoneDetails details,
                                     Instant occurredAt) {
        return Arguments.of(name, new Mapping(topic, event.apply("{id}"), system, milestone, details, occurredAt));
    }

    private static MilestoneDetails details(LocalDate maxDate, Integer remaining, String ground, LocalDate periodEnd,
                                            DisabilityDecisionResult result, Boolean onMeasuresCondition) {
        return new MilestoneDetails(maxDate, remaining, ground, periodEnd, result, onMeasuresCondition, null);
    }

    private List<ConsumerRecord<String, String>> milestones() {
        return probe.readToEnd(Topics.MILESTONES.name(), WITHIN);
    }

    private EventEnvelope<?> awaitMilestone(String sourceEventId) {
        return probe.readAll(Topics.MILESTONES.name(), WITHIN,
                        all -> all.stream().anyMatch(r -> r.value().contains(sourceEventId)))
                .stream().filter(r -> r.value().contains(sourceEventId))
                .map(r -> EventJson.read(r.value())).findFirst().orElseThrow();
    }

    private DeadLetterRecorded awaitDeadLetter(String original) {
        return probe.readAll(Topics.MILESTONE_DEAD_LETTERS.name(), WITHIN,
                        all -> all.stream().anyMatch(r -> letter(r).originalPayload().equals(original)))
                .stream().map(SourceAdaptersTest::letter).filter(l -> l.originalPayload().equals(original))
                .findFirst().orElseThrow();
    }

    private static DeadLetterRecorded letter(ConsumerRecord<String, String> record) {
        return (DeadLetterRecorded) EventJson.read(record.value()).payload();
    }
}

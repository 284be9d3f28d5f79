package no.nav.overgang.intake.inbound;

import static no.nav.overgang.intake.IntakeFixtures.MARCH_2;
import static no.nav.overgang.intake.IntakeFixtures.OFFICE;
import static no.nav.overgang.intake.IntakeFixtures.OTHER_SYNTHETIC_ID;
import static no.nav.overgang.intake.IntakeFixtures.SYNTHETIC_ID;
import static no.nav.overgang.intake.IntakeFixtures.week39;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.intake.IntakeProperties;
import no.nav.overgang.platform.privacy.CaseKeys;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

@ServiceTest
class InboundMilestonesTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String INBOUND = Topics.MILESTONE_INBOUND.name();

    @Autowired
    CaseKeys caseKeys;

    @Autowired
    IntakeProperties intake;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_valid_submission_on_the_inbound_topic_becomes_a_canonical_milestone_keyed_by_the_case_key() {
        String eventId = newEventId();

        probe.send(INBOUND, eventId, week39(eventId, SYNTHETIC_ID));

        EventEnvelope<?> event = awaitMilestone(eventId);
        assertThat(event.caseKey()).isEqualTo(caseKeys.caseKey(SYNTHETIC_ID));
        assertThat(event.source()).isEqualTo("overgang-intake");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse(MARCH_2));
        assertThat(event.payload()).isInstanceOfSatisfying(MilestoneRecorded.class, milestone -> {
            assertThat(milestone.sourceEventId()).isEqualTo(eventId);
            assertThat(milestone.sourceSystem()).isEqualTo(SourceSystem.SYKEPENGER);
            assertThat(milestone.milestone()).isEqualTo(MilestoneType.WEEK_39_NOTICE);
            assertThat(milestone.nationalId()).isEqualTo(SYNTHETIC_ID);
            assertThat(milestone.office()).isEqualTo(OFFICE);
            assertThat(milestone.details().remainingBenefitDays()).isEqualTo(61);
        });
    }

    @Test
    void malformed_json_is_dead_lettered_and_the_valid_submission_after_it_is_still_processed() {
        String eventId = newEventId();
        String poison = week39(eventId, SYNTHETIC_ID).substring(0, 60);
        String validAfterIt = newEventId();

        // one key: one partition, so the valid one queues behind the poison
        probe.send(INBOUND, eventId, poison);
        probe.send(INBOUND, eventId, week39(validAfterIt, SYNTHETIC_ID));

        assertDeadLettered(poison, "MALFORMED_JSON", "not well-formed JSON");
        awaitMilestone(validAfterIt);
    }

    @Test
    void a_submission_that_breaks_the_schema_is_dead_lettered_naming_the_field() {
        String poison = week39(newEventId(), SYNTHETIC_ID, "315", MARCH_2);

        probe.send(INBOUND, null, poison);

        assertDeadLettered(poison, "SCHEMA_INVALID", "/office");
    }

    @Test
    void a_national_id_with_wrong_check_digits_is_dead_lettered_without_repeating_the_id_in_the_reason() {
        String poison = week39(newEventId(), "15436840088");

        probe.send(INBOUND, null, poison);

        DeadLetterRecorded letter = assertDeadLettered(poison, "SCHEMA_INVALID",
                "/nationalId: check digits do not match");
        assertThat(letter.detail()).doesNotContain("15436840088");
    }

    @Test
    void a_milestone_in_the_future_is_dead_lettered() {
        Instant beyondTolerance = Instant.now().plus(intake.futureTolerance()).plus(1, ChronoUnit.DAYS);
        String poison = week39(newEventId(), SYNTHETIC_ID, OFFICE,
                beyondTolerance.truncatedTo(ChronoUnit.SECONDS).toString());

        probe.send(INBOUND, null, poison);

        assertDeadLettered(poison, "SCHEMA_INVALID", "/occurredAt: is in the future");
    }

    @Test
    void a_milestone_before_1900_is_dead_lettered() {
        String poison = week39(newEventId(), SYNTHETIC_ID, OFFICE, "1899-12-31T23:59:59Z");

        probe.send(INBOUND, null, poison);

        assertDeadLettered(poison, "SCHEMA_INVALID", "/occurredAt: is before 1900");
    }

    @Test
    void a_submission_larger_than_the_limit_is_dead_lettered_whole() {
        String valid = week39(newEventId(), SYNTHETIC_ID);
        // whitespace keeps it valid JSON: only its size is wrong
        String poison = valid.replaceFirst("\\{", "{" + " ".repeat(intake.maxPayloadBytes()));

        probe.send(INBOUND, null, poison);

        assertDeadLettered(poison, "PAYLOAD_TOO_LARGE", "larger than " + intake.maxPayloadBytes() + " bytes");
    }

    @Test
    void an_empty_record_is_dead_lettered() {
        probe.send(INBOUND, newEventId(), null);

        DeadLetterRecorded letter = awaitDeadLetter(all -> all.stream()
                .filter(l -> l.originalPayload().isEmpty()).findFirst());
        assertThat(letter.reason()).isEqualTo("MALFORMED_JSON");
        assertThat(letter.sourceTopic()).isEqualTo(INBOUND);
    }

    @Test
    void the_same_event_id_with_other_content_is_dead_lettered_as_a_conflict_and_the_first_milestone_stands() {
        String eventId = newEventId();
        String conflicting = week39(eventId, OTHER_SYNTHETIC_ID);

        probe.send(INBOUND, eventId, week39(eventId, SYNTHETIC_ID));
        probe.send(INBOUND, eventId, week39(eventId, SYNTHETIC_ID));
        probe.send(INBOUND, eventId, conflicting);

        assertDeadLettered(conflicting, "CONFLICT", "already recorded with other content");
        List<ConsumerRecord<String, String>> milestones = probe.readAll(Topics.MILESTONES.name(), WITHIN,
                all -> all.stream().anyMatch(r -> r.value().contains(eventId)));
        assertThat(milestones.stream().filter(r -> r.value().contains(eventId)).map(r -> EventJson.read(r.value())))
                .as("milestones published for source event %s, sent twice the same and once changed", eventId)
                .singleElement()
                .satisfies(event -> assertThat(event.caseKey()).isEqualTo(caseKeys.caseKey(SYNTHETIC_ID)));
    }

    private static String newEventId() {
        return "sp-" + UUID.randomUUID();
    }

    private EventEnvelope<?> awaitMilestone(String sourceEventId) {
        List<ConsumerRecord<String, String>> records = probe.readAll(Topics.MILESTONES.name(), WITHIN,
                all -> all.stream().anyMatch(r -> r.value().contains(sourceEventId)));
        return records.stream().filter(r -> r.value().contains(sourceEventId))
                .map(r -> EventJson.read(r.value())).findFirst().orElseThrow();
    }

    private DeadLetterRecorded assertDeadLettered(String original, String reason, String detail) {
        DeadLetterRecorded letter = awaitDeadLetter(all -> all.stream()
                .filter(l -> original.equals(l.originalPayload())).findFirst());
        assertThat(letter.reason()).as("reason").isEqualTo(reason);
        assertThat(letter.detail()).as("detail").contains(detail);
        assertThat(letter.consumer()).isEqualTo("overgang-intake");
        assertThat(letter.sourceTopic()).isEqualTo(INBOUND);
        assertThat(letter.encoding()).isEqualTo("utf-8");
        return letter;
    }

    private DeadLetterRecorded awaitDeadLetter(
            Function<List<DeadLetterRecorded>, Optional<DeadLetterRecorded>> find) {
        List<ConsumerRecord<String, String>> records = probe.readAll(Topics.MILESTONE_DEAD_LETTERS.name(), WITHIN,
                all -> find.apply(letters(all)).isPresent());
        return find.apply(letters(records)).orElseThrow();
    }

    private static List<DeadLetterRecorded> letters(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> EventJson.read(r.value()).payload())
                .map(DeadLetterRecorded.class::cast).toList();
    }
}

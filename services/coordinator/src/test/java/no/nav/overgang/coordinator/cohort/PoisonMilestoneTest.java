package no.nav.overgang.coordinator.cohort;

import static no.nav.overgang.coordinator.CaseEvents.aMondayWellAfter;
import static no.nav.overgang.coordinator.CaseEvents.milestone;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKeyOnTheSamePartitionAs;
import static no.nav.overgang.coordinator.CaseEvents.week39Notice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.nav.overgang.coordinator.SourceWatermarks;
import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/**
 * A milestone that cannot be applied for good does not hold back its partition: the case's stored history holds a
 * date in a format this version cannot read (written by an older one), so entering the case fails. That milestone
 * goes to the dead-letter topic; the milestones before and after it on the partition, and the next watermark, apply.
 */
@ServiceTest
class PoisonMilestoneTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    CaseRepository cases;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_milestone_that_cannot_be_applied_is_dead_lettered_and_the_others_are_applied() {
        Instant monday = aMondayWellAfter(clock.now());
        String poisoned = newCaseKey();
        EventEnvelope<MilestoneRecorded> sickLeave = milestone(poisoned, "15436840087", SourceSystem.SYKEPENGER,
                MilestoneType.SICK_LEAVE_STARTED, MilestoneDetails.none(), monday);
        SourceWatermarks.publish(probe, sickLeave);
        await().atMost(WITHIN).until(() -> Boolean.FALSE.equals(pendingOf(sickLeave.eventId())));
        jdbc.update("UPDATE case_milestone SET details = '{\"maxDate\": \"26.05.2026\"}'::jsonb WHERE event_id = ?",
                sickLeave.eventId());

        String before = newCaseKeyOnTheSamePartitionAs(poisoned);
        String after = newCaseKeyOnTheSamePartitionAs(poisoned);
        EventEnvelope<MilestoneRecorded> first = week39Notice(before, "02447140090", monday.plus(Duration.ofDays(1)));
        EventEnvelope<MilestoneRecorded> poison = week39Notice(poisoned, "15436840087",
                monday.plus(Duration.ofDays(2)));
        EventEnvelope<MilestoneRecorded> last = week39Notice(after, "31525940023", monday.plus(Duration.ofDays(3)));
        for (EventEnvelope<MilestoneRecorded> event : List.of(first, poison, last)) {
            probe.send(Topics.MILESTONES.name(), event.caseKey(), EventJson.writeString(event));
        }
        SourceWatermarks.passed(last.occurredAt());

        assertThat(awaitEntered(before).entryEventId()).isEqualTo(first.eventId());
        assertThat(awaitEntered(after).entryEventId()).isEqualTo(last.eventId());
        DeadLetterRecorded letter = probe.readAll(Topics.DEAD_LETTERS.name(), WITHIN,
                        records -> records.stream().anyMatch(r -> r.value().contains(poison.eventId().toString())))
                .stream().map(r -> EventJson.read(r.value()).payload())
                .filter(p -> p instanceof DeadLetterRecorded d && d.originalPayload().contains(
                        poison.eventId().toString()))
                .map(DeadLetterRecorded.class::cast).findFirst().orElseThrow();
        assertThat(letter.reason()).isEqualTo("APPLYING_FAILED");
        assertThat(letter.sourceTopic()).isEqualTo(Topics.MILESTONES.name());
        assertThat(letter.detail()).isNotBlank();
        assertThat(cases.find(poisoned)).as("the case whose milestone failed").isEmpty();
        assertThat(pendingOf(poison.eventId())).as("the failed milestone is not tried again").isFalse();
        assertThat(cases.timeline(poisoned)).isEmpty();

        String next = newCaseKeyOnTheSamePartitionAs(poisoned);
        EventEnvelope<MilestoneRecorded> later = week39Notice(next, "07478540048", monday.plus(Duration.ofDays(4)));
        SourceWatermarks.publish(probe, later);
        assertThat(awaitEntered(next).entryEventId()).isEqualTo(later.eventId());
        assertThat(cases.find(poisoned)).isEmpty();
    }

    private Boolean pendingOf(UUID eventId) {
        return jdbc.query("SELECT pending FROM case_milestone WHERE event_id = ?", (rs, i) -> rs.getBoolean(1),
                eventId).stream().findFirst().orElse(null);
    }

    private PilotCase awaitEntered(String caseKey) {
        return await().atMost(WITHIN).until(() -> cases.find(caseKey).orElse(null), c -> c != null);
    }
}

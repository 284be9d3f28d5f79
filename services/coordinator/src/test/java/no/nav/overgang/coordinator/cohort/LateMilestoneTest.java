package no.nav.overgang.coordinator.cohort;

import static no.nav.overgang.coordinator.CaseEvents.aMondayWellAfter;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static no.nav.overgang.coordinator.CaseEvents.week39Notice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.nav.overgang.coordinator.SourceWatermarks;
import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cases.TimelineEntry;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/**
 * The limit of the allowed lateness (docs/PILOT.md): a milestone that arrives below a watermark already read on its
 * partition is applied on arrival, without waiting for another marker, and the case's timeline says it came late.
 */
@ServiceTest
class LateMilestoneTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    CaseRepository cases;

    @Autowired
    BusinessClock clock;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void a_milestone_below_the_watermark_of_its_partition_is_applied_on_arrival_and_noted_as_late() {
        Instant monday = aMondayWellAfter(clock.now());
        Instant watermark = monday.plus(Duration.ofDays(10));
        SourceWatermarks.passed(watermark);
        String caseKey = newCaseKey();
        EventEnvelope<MilestoneRecorded> notice = week39Notice(caseKey, "02447140090", monday.plus(Duration.ofDays(1)));
        // after the marker on its partition, and no marker after it: only the late rule applies it
        probe.send(Topics.MILESTONES.name(), caseKey, EventJson.writeString(notice));

        PilotCase entered = await().atMost(WITHIN).until(() -> cases.find(caseKey).orElse(null), c -> c != null);

        assertThat(entered.entryEventId()).isEqualTo(notice.eventId());
        assertThat(cases.timeline(caseKey)).extracting(TimelineEntry::step).contains("ENTERED", "LATE_MILESTONE");
    }
}

package no.nav.overgang.coordinator.followup;

import no.nav.overgang.coordinator.SourceWatermarks;
import static no.nav.overgang.coordinator.CaseEvents.aMondayWellAfter;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static no.nav.overgang.coordinator.CaseEvents.newCaseKeyIn;
import static no.nav.overgang.coordinator.CaseEvents.week39Notice;
import static no.nav.overgang.coordinator.CaseEvents.conferenceEvent;
import static no.nav.overgang.coordinator.CaseEvents.partition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.CaseState;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cases.TimelineEntry;
import no.nav.overgang.coordinator.randomisation.Arm;
import no.nav.overgang.coordinator.randomisation.Randomiser;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.ConferenceHeld;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/**
 * Business time is the low watermark over the partitions read (the platform's {@link BusinessClock}): a partition read
 * far ahead cannot escalate a conference whose holding waits unread on another partition. The slow partition is made
 * slow by pausing its consumption.
 */
@ServiceTest
class BusinessTimeAcrossPartitionsTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String PERSON = "15436840087";
    private static final String OTHER_PERSON = "07478540048";

    @Autowired
    ConcurrentMessageListenerContainer<String, byte[]> eventConsumer;

    @Autowired
    CaseRepository cases;

    @Autowired
    Randomiser randomiser;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private final TopicProbe probe = new TopicProbe();
    private TopicPartition paused;

    @AfterEach
    void resumeAndClose() {
        if (paused != null) {
            eventConsumer.resumePartition(paused);
        }
        probe.close();
    }

    @Test
    void a_partition_read_ahead_does_not_escalate_a_conference_whose_holding_is_still_unread_on_another() {
        Instant monday = aMondayWellAfter(clock.now());
        String slow = newCaseKeyIn(randomiser, Arm::pilot);
        publish(week39Notice(slow, PERSON, monday));
        PilotCase requested = awaitState(slow, CaseState.CONFERENCE_REQUESTED);
        paused = new TopicPartition(Topics.CONFERENCES.name(), partition(slow, Topics.CONFERENCES.partitions()));
        eventConsumer.pausePartition(paused);
        await().atMost(WITHIN).until(() -> eventConsumer.isPartitionPaused(paused));

        Instant held = monday.plus(Duration.ofDays(2));
        publish(conferenceEvent(slow, held, new ConferenceHeld(requested.conferenceId(), requested.arm(), "0315",
                "4402")));
        String fast = newCaseKey();
        publish(week39Notice(fast, OTHER_PERSON, monday.plus(Duration.ofDays(40))));
        awaitState(fast, CaseState.ENTERED, CaseState.CONFERENCE_REQUESTED);

        assertThat(storedBusinessTime()).as("business time while the conference topic's partition lags")
                .isBefore(requested.escalationDueAt());
        assertThat(cases.find(slow).orElseThrow().escalatedAt()).isNull();

        eventConsumer.resumePartition(paused);
        awaitState(slow, CaseState.CONFERENCE_HELD);
        await().atMost(WITHIN).until(() -> !storedBusinessTime().isBefore(monday.plus(Duration.ofDays(40))));

        assertThat(cases.find(slow).orElseThrow().escalatedAt()).as("escalated at").isNull();
        assertThat(cases.timeline(slow)).extracting(TimelineEntry::step).doesNotContain("ESCALATED");
    }

    private Instant storedBusinessTime() {
        return jdbc.queryForObject("SELECT watermark FROM business_clock WHERE id = 1", Timestamp.class).toInstant();
    }


    private PilotCase awaitState(String caseKey, CaseState... states) {
        return await().atMost(WITHIN).until(() -> cases.find(caseKey).orElse(null),
                c -> c != null && java.util.List.of(states).contains(c.state()));
    }

    private void publish(EventEnvelope<?> event) {
        SourceWatermarks.publish(probe, event);
    }
}

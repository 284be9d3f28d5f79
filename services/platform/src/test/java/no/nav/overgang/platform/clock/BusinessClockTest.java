package no.nav.overgang.platform.clock;

import static no.nav.overgang.platform.testapp.TestEvents.handover;
import static no.nav.overgang.platform.testapp.TestEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.HandoverCreated;
import no.nav.overgang.platform.testapp.HandoverRecorder;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

@ServiceTest
@RecordApplicationEvents
class BusinessClockTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Autowired
    BusinessClock clock;

    @Autowired
    HandoverRecorder handler;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void business_time_follows_the_occurred_at_of_processed_events_and_a_late_event_does_not_turn_it_back() {
        Instant later = aMonthAfter(clock.now());
        Instant earlier = later.minus(10, ChronoUnit.DAYS);
        String caseKey = newCaseKey();
        EventEnvelope<HandoverCreated> recent = handover(caseKey, later);
        EventEnvelope<HandoverCreated> late = handover(caseKey, earlier);

        try (TopicProbe probe = new TopicProbe()) {
            probe.send(Topics.HANDOVERS.name(), caseKey, EventJson.writeString(recent));
            await().atMost(WITHIN).untilAsserted(() -> assertThat(clock.now()).isEqualTo(later));

            probe.send(Topics.HANDOVERS.name(), caseKey, EventJson.writeString(late));
            await().atMost(WITHIN).until(() -> handler.timesHandled(late.eventId()) == 1);
        }

        assertThat(clock.now()).as("business time after an event that occurred earlier").isEqualTo(later);
        assertThat(storedWatermark()).isEqualTo(later);
    }

    @Test
    void an_earlier_time_leaves_business_time_where_it_is() {
        Instant now = advancedTo(aMonthAfter(clock.now()));

        transactions.executeWithoutResult(status -> clock.advanceTo(now.minus(1, ChronoUnit.DAYS)));

        assertThat(clock.now()).isEqualTo(now);
        assertThat(storedWatermark()).isEqualTo(now);
    }

    @Test
    void an_advance_in_a_transaction_that_rolls_back_leaves_business_time_where_it_was() {
        Instant before = advancedTo(aMonthAfter(clock.now()));

        transactions.executeWithoutResult(status -> {
            clock.advanceTo(before.plus(1, ChronoUnit.DAYS));
            status.setRollbackOnly();
        });

        assertThat(clock.now()).isEqualTo(before);
        assertThat(storedWatermark()).isEqualTo(before);
    }

    @Test
    void business_time_is_the_low_watermark_of_the_partitions_with_unread_records_and_never_goes_back() {
        Instant was = clock.now();
        Instant start = aMonthAfter(was);
        String topic = "clocktest-" + UUID.randomUUID();

        // partition 0 is read to its end at day 10; partition 1 is read to day 1 and has records left
        advance(new PartitionProgress(topic, 0, 50, 50, start.plus(10, ChronoUnit.DAYS)),
                new PartitionProgress(topic, 1, 20, 30, start.plus(1, ChronoUnit.DAYS)));
        assertThat(clock.now()).as("held by the lagging partition").isEqualTo(start.plus(1, ChronoUnit.DAYS));

        advance(new PartitionProgress(topic, 1, 30, 30, start.plus(6, ChronoUnit.DAYS)));
        assertThat(clock.now()).as("every partition read: the latest time read")
                .isEqualTo(start.plus(10, ChronoUnit.DAYS));

        advance(new PartitionProgress(topic, 1, 0, 31, null));
        assertThat(clock.now()).as("a partition lagging again behind business time does not turn it back")
                .isEqualTo(start.plus(10, ChronoUnit.DAYS));

        advance(new PartitionProgress(topic, 1, 31, 31, start.plus(7, ChronoUnit.DAYS)));
        assertThat(new BusinessClock(jdbc).now()).as("what a restarted service reads")
                .isEqualTo(start.plus(10, ChronoUnit.DAYS));
        assertThat(events.stream(BusinessTimeAdvanced.class)).containsExactly(
                new BusinessTimeAdvanced(was, start.plus(1, ChronoUnit.DAYS)),
                new BusinessTimeAdvanced(start.plus(1, ChronoUnit.DAYS), start.plus(10, ChronoUnit.DAYS)));
    }

    @Test
    void a_partition_registered_with_a_backlog_holds_business_time_until_it_is_read() {
        Instant start = advancedTo(aMonthAfter(clock.now()));
        String topic = "clocktest-" + UUID.randomUUID();
        clock.register(List.of(new PartitionProgress(topic, 0, 0, 5, null)));

        advance(new PartitionProgress(topic, 1, 9, 9, start.plus(30, ChronoUnit.DAYS)));
        assertThat(clock.now()).as("a partition not read at all holds business time where it is").isEqualTo(start);

        advance(new PartitionProgress(topic, 0, 5, 5, start.plus(2, ChronoUnit.DAYS)));
        assertThat(clock.now()).isEqualTo(start.plus(30, ChronoUnit.DAYS));
    }

    private void advance(PartitionProgress... partitions) {
        transactions.executeWithoutResult(status -> clock.advance(List.of(partitions)));
    }

    private Instant advancedTo(Instant time) {
        transactions.executeWithoutResult(status -> clock.advanceTo(time));
        assertThat(clock.now()).as("business time after advancing to %s", time).isEqualTo(time);
        return time;
    }

    /** Whole seconds, at least 2026, so that it is after anything the other tests' events carry. */
    private static Instant aMonthAfter(Instant time) {
        Instant from = time.isBefore(Instant.parse("2026-06-01T00:00:00Z")) ? Instant.parse("2026-06-01T00:00:00Z") : time;
        return from.truncatedTo(ChronoUnit.SECONDS).plus(30, ChronoUnit.DAYS);
    }

    private Instant storedWatermark() {
        return jdbc.queryForObject("SELECT watermark FROM business_clock WHERE id = 1", Timestamp.class).toInstant();
    }
}

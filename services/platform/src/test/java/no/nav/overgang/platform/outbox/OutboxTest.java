package no.nav.overgang.platform.outbox;

import static no.nav.overgang.platform.testapp.TestEvents.armAssigned;
import static no.nav.overgang.platform.testapp.TestEvents.carries;
import static no.nav.overgang.platform.testapp.TestEvents.newCaseKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.ArmAssigned;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

@ServiceTest
class OutboxTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void an_event_added_in_a_transaction_that_commits_is_published_under_its_case_key_and_its_row_deleted() {
        EventEnvelope<ArmAssigned> event = armAssigned(newCaseKey(), "pilot-office");

        transactions.executeWithoutResult(status -> outbox.add(event));

        List<ConsumerRecord<String, String>> records = probe.readAll(Topics.CASES.name(), WITHIN,
                all -> all.stream().anyMatch(r -> carries(r, event.eventId())));
        ConsumerRecord<String, String> record = records.stream().filter(r -> carries(r, event.eventId()))
                .findFirst().orElseThrow();
        assertThat(record.key()).as("Kafka key").isEqualTo(event.caseKey());
        assertThat(EventJson.read(record.value())).as("the published event").isEqualTo(event);
        assertThat(new String(record.headers().lastHeader("eventType").value(), StandardCharsets.UTF_8))
                .isEqualTo("ArmAssigned");
        await().atMost(WITHIN).untilAsserted(() -> assertThat(rowsInOutbox(event.eventId()))
                .as("outbox rows of an acknowledged event").isZero());
    }

    @Test
    void an_event_added_in_a_transaction_that_rolls_back_is_never_published() {
        String caseKey = newCaseKey();
        EventEnvelope<ArmAssigned> rolledBack = armAssigned(caseKey, "rolled-back");
        EventEnvelope<ArmAssigned> committedAfterIt = armAssigned(caseKey, "committed");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            outbox.add(rolledBack);
            throw new IllegalStateException("the state change failed");
        })).hasMessage("the state change failed");
        transactions.executeWithoutResult(status -> outbox.add(committedAfterIt));

        // one case key, one partition, sent in the order written: once the later event is out, the earlier one
        // would be out too
        List<ConsumerRecord<String, String>> records = probe.readAll(Topics.CASES.name(), WITHIN,
                all -> all.stream().anyMatch(r -> carries(r, committedAfterIt.eventId())));
        assertThat(records).as("records on %s", Topics.CASES.name())
                .noneMatch(r -> carries(r, rolledBack.eventId()));
        assertThat(rowsInOutbox(rolledBack.eventId())).as("outbox rows of the rolled-back event").isZero();
    }

    @Test
    void adding_an_event_outside_a_transaction_is_refused() {
        EventEnvelope<ArmAssigned> event = armAssigned(newCaseKey(), "pilot-office");

        assertThatThrownBy(() -> outbox.add(event))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the outbox must be written inside the transaction of the state change");
        assertThat(rowsInOutbox(event.eventId())).isZero();
    }

    @Test
    void the_events_of_one_case_arrive_in_the_order_they_were_written() {
        String caseKey = newCaseKey();
        List<EventEnvelope<ArmAssigned>> written = IntStream.range(0, 30)
                .mapToObj(i -> armAssigned(caseKey, "arm-" + i))
                .toList();

        // six state changes of five events each, as six requests would write them
        for (int from = 0; from < written.size(); from += 5) {
            List<EventEnvelope<ArmAssigned>> change = written.subList(from, from + 5);
            transactions.executeWithoutResult(status -> change.forEach(outbox::add));
        }

        List<ConsumerRecord<String, String>> records = probe.readAll(Topics.CASES.name(), WITHIN,
                all -> all.stream().filter(r -> caseKey.equals(r.key())).count() >= written.size());
        assertThat(records.stream().filter(r -> caseKey.equals(r.key()))
                .map(r -> EventJson.read(r.value()).eventId()))
                .as("event ids of case %s in the order Kafka has them", caseKey)
                .containsExactlyElementsOf(written.stream().map(EventEnvelope::eventId).toList());
    }

    private int rowsInOutbox(UUID eventId) {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM outbox WHERE event_id = ?", Integer.class, eventId);
        return rows == null ? 0 : rows;
    }
}

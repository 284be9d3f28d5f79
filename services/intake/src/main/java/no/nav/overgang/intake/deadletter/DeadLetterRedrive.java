package no.nav.overgang.intake.deadletter;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.events.Topics;
import no.nav.overgang.intake.source.SourceEvents;

/**
 * Re-drives dead letters after the source has fixed the cause: the original bytes go back, unchanged, to the topic
 * they came from, and the intake reads them again like any other record. A letter is re-driven once: marking it and
 * publishing happen in one transaction (the mark is undone if Kafka does not acknowledge), so re-driving twice has
 * one effect; and should a crash after the acknowledgement resend it, the intake's idempotency by source event id
 * still records the milestone once. Records re-driven have no key: the letter does not keep the original's.
 */
@Service
public class DeadLetterRedrive {

    private final DeadLetterStore store;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Set<String> redrivable;
    private final Clock clock;
    private final MeterRegistry meters;

    public DeadLetterRedrive(DeadLetterStore store, KafkaTemplate<String, byte[]> overgangKafkaTemplate,
                             SourceEvents sources, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.kafka = overgangKafkaTemplate;
        this.redrivable = Stream.concat(Stream.of(Topics.MILESTONE_INBOUND.name()), sources.topics().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.clock = clock;
        this.meters = meters;
    }

    public enum Outcome {
        /** Published again to its source topic now. */
        REDRIVEN,
        /** Re-driven before; nothing happened now. */
        ALREADY_REDRIVEN,
        /** It came from a topic the intake does not read, so re-driving it would change nothing. */
        NOT_REDRIVABLE,
        NOT_FOUND
    }

    public record Result(UUID id, Outcome outcome) {
    }

    @Transactional
    public Result redrive(UUID id, String by) {
        var letter = store.find(id).orElse(null);
        if (letter == null) {
            return count(new Result(id, Outcome.NOT_FOUND));
        }
        if (!redrivable.contains(letter.sourceTopic())) {
            return count(new Result(id, Outcome.NOT_REDRIVABLE));
        }
        if (!store.markRedriven(id, clock.instant(), by)) {
            return count(new Result(id, Outcome.ALREADY_REDRIVEN));
        }
        try {
            kafka.send(letter.sourceTopic(), null, letter.originalBytes()).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the re-driven letter; it stays open", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-driving; the letter stays open", e);
        }
        return count(new Result(id, Outcome.REDRIVEN));
    }

    private Result count(Result result) {
        meters.counter("overgang.intake.deadletters.redriven", "outcome", result.outcome().name()).increment();
        return result;
    }
}

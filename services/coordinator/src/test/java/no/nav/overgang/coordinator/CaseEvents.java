package no.nav.overgang.coordinator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.coordinator.randomisation.Arm;
import no.nav.overgang.coordinator.randomisation.Randomiser;
import no.nav.overgang.events.payload.EventPayload;
import no.nav.overgang.events.payload.MilestoneDetails;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;

/** Milestones as the intake publishes them, and the coordinator's events read back; national ids are synthetic. */
public final class CaseEvents {

    public static final Instant MONDAY_2_MARCH = Instant.parse("2026-03-02T09:00:00Z");

    private CaseEvents() {
    }

    /** A fresh case key, shaped like the intake's (32 lowercase hex characters). */
    public static String newCaseKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * A fresh case key whose events share a partition with {@code caseKey}'s: Kafka keeps order within a partition,
     * so once the coordinator has answered an event of this case, it has processed every earlier one of the other.
     */
    public static String newCaseKeyOnTheSamePartitionAs(String caseKey) {
        int partitions = Topics.MILESTONES.partitions();
        while (true) {
            String candidate = newCaseKey();
            if (partition(candidate, partitions) == partition(caseKey, partitions)) {
                return candidate;
            }
        }
    }

    /** A fresh case key the coordinator's randomiser puts in an arm that {@code arm} accepts (SYKEPENGER|0315). */
    public static String newCaseKeyIn(Randomiser randomiser, Predicate<Arm> arm) {
        while (true) {
            String caseKey = newCaseKey();
            if (arm.test(randomiser.assign(new Randomiser.Allocation(caseKey, "SYKEPENGER|0315", "0315")).arm())) {
                return caseKey;
            }
        }
    }

    /** A week-39 notice at {@code at}, with 61 benefit days left: it enters the case. */
    public static EventEnvelope<MilestoneRecorded> week39Notice(String caseKey, String nationalId, Instant at) {
        return milestone(caseKey, nationalId, SourceSystem.SYKEPENGER, MilestoneType.WEEK_39_NOTICE,
                new MilestoneDetails(null, 61, null, null, null, null, null), at);
    }

    /** An event as the conference service publishes it. */
    public static EventEnvelope<?> conferenceEvent(String caseKey, Instant at, EventPayload payload) {
        return EventEnvelope.first(UUID.randomUUID(), payload, at, at.plusSeconds(1), "overgang-conference", caseKey);
    }

    public static EventEnvelope<MilestoneRecorded> week39Notice(String caseKey, String nationalId) {
        return milestone(caseKey, nationalId, SourceSystem.SYKEPENGER, MilestoneType.WEEK_39_NOTICE,
                new MilestoneDetails(LocalDate.parse("2026-05-26"), 61, null, null, null, null, null), MONDAY_2_MARCH);
    }

    public static EventEnvelope<MilestoneRecorded> milestone(String caseKey, String nationalId, SourceSystem source,
                                                             MilestoneType type, MilestoneDetails details,
                                                             Instant occurredAt) {
        var payload = new MilestoneRecorded(source.name().toLowerCase() + "-" + UUID.randomUUID(), source, type,
                nationalId, "0315", details);
        return EventEnvelope.first(UUID.randomUUID(), payload, occurredAt, occurredAt.plusSeconds(1),
                "overgang-intake", caseKey);
    }

    /** The events of one case among the records read, in the order they were published. */
    public static List<EventEnvelope<?>> eventsOf(String caseKey, List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> caseKey.equals(r.key())).<EventEnvelope<?>>map(r -> EventJson.read(r.value())).toList();
    }

    /** Distinct events of the type: delivery is at least once, and consumers deduplicate on the event id. */
    public static long countOf(String eventType, List<EventEnvelope<?>> events) {
        return events.stream().filter(e -> e.eventType().equals(eventType)).map(EventEnvelope::eventId).distinct()
                .count();
    }

    /**
     * A Monday, 08:00 UTC, more than a year after {@code businessNow} (and after 2031): business time is shared by the
     * tests of one run, so a test that needs a deadline not to have passed yet starts beyond everything before it.
     */
    public static Instant aMondayWellAfter(Instant businessNow) {
        Instant from = businessNow.isAfter(Instant.parse("2031-06-01T00:00:00Z")) ? businessNow
                : Instant.parse("2031-06-01T00:00:00Z");
        LocalDate day = LocalDate.ofInstant(from, java.time.ZoneOffset.UTC).plusDays(400);
        return day.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
                .atTime(8, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    /** The partition of a keyed record, as Kafka's default partitioner picks it. */
    public static int partition(String key, int partitions) {
        // what Kafka's default partitioner does with a keyed record
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}

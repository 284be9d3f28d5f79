package no.nav.overgang.coordinator.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.followup.CaseProgress;
import no.nav.overgang.coordinator.followup.Cause;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.platform.transaction.PerTransaction;

/**
 * The late milestones of a polled batch ({@link MilestoneHandler}: below a watermark already read on their
 * partition), collected in arrival order and applied together, in the consumer's transaction, in one
 * {@link MilestoneApplier#applyAsArrived} call: the cases locked and read, and their histories read, once for all of
 * them, instead of about four round trips for each. Each is stored as applied when it arrives, counted and, once
 * applied, noted in its case's timeline ({@code LATE_MILESTONE}) as before.
 * <p>
 * <b>Why the answer is the one applying each on arrival gave.</b> They are applied before anything else of the batch
 * could see them or change what they see: before any watermark marker is applied ({@link WatermarkHandler}: on any
 * partition, also when a later late milestone of the partition applies its marker), before every conference or
 * handover event (their handlers call {@link #applyCollected} first: the timers those fire, and the steps they apply,
 * then find the late milestones applied) and when the batch is handled, before its markers and timers. Between two
 * such points only milestones are stored and markers noted, which changes no case. So each late milestone meets its
 * case as it would have on arrival:
 * <ul>
 * <li>in arrival order, not business-time order, across cases and partitions too, so an order-sensitive
 * randomisation allocates in the same order;</li>
 * <li>with the history stored by the time it arrived: the milestones stored after it in the batch (late ones, and
 * ones taking the pending path) are hidden from it. Say case A gets late L1, then P on the pending path, then late
 * L2. On arrival L1 saw neither P nor L2, so here too; L2 saw L1 and P, so here too; P itself waits for its watermark
 * either way (a pending milestone arriving after L1 on L1's partition lies at or above a watermark L1 is below, so it
 * is later in business time than L1 in any case). A late milestone that changed nothing because its case was not in
 * the cohort yet is stored, so a later one that enters the case replays it as arrived early, as before;</li>
 * <li>with what arrived early for its case applied right after the one that enters it, before the next one;</li>
 * <li>with the same events: their ids are derived from the milestone's id and the event type ({@code EventIds}),
 * whichever call applies it; timeline rows and outbox events are written in the same order, each
 * {@code LATE_MILESTONE} note right after its milestone's own rows.</li>
 * </ul>
 * A transient failure fails the batch, to be retried. A late milestone that fails for good fails the batch too; the
 * platform then handles the batch again record by record, each record in its own transaction that ends with
 * {@code batchHandled}, which applies that record's late milestone, so the failure is the one record's, and that
 * record is dead-lettered as before.
 */
@Component
public class LateMilestones {

    private static final Logger log = LoggerFactory.getLogger(LateMilestones.class);

    private final PerTransaction<Collected> thisBatch = new PerTransaction<>(Collected::new);

    private final PendingMilestones pending;
    private final MilestoneApplier applier;
    private final CaseProgress progress;

    public LateMilestones(PendingMilestones pending, MilestoneApplier applier, CaseProgress progress) {
        this.pending = pending;
        this.applier = applier;
        this.progress = progress;
    }

    /** A late milestone arrived: stored as applied, and applied with the others at the next point that needs it. */
    void collect(EventEnvelope<MilestoneRecorded> event, int partition, Instant completeBefore) {
        pending.add(event, partition, false);
        Collected collected = thisBatch.get();
        collected.arrived(event);
        collected.late.add(new Late(event, partition, completeBefore));
    }

    /** A milestone that waits for its watermark arrived: hidden from the late ones collected before it. */
    void arrivedPending(EventEnvelope<MilestoneRecorded> event) {
        Collected collected = thisBatch.ifAny();
        if (collected != null && !collected.late.isEmpty()) {
            collected.arrived(event);
        }
    }

    /** Applies the late milestones collected so far, in arrival order; does nothing when there are none. */
    public void applyCollected() {
        Collected collected = thisBatch.ifAny();
        if (collected == null || collected.late.isEmpty()) {
            return;
        }
        List<Late> late = List.copyOf(collected.late);
        Map<UUID, Integer> arrival = Map.copyOf(collected.arrival);
        collected.late.clear();
        collected.arrival.clear();
        logPerPartition(late);
        Map<UUID, Instant> watermarks = new HashMap<>();
        late.forEach(l -> watermarks.put(l.event().eventId(), l.completeBefore()));
        pending.flush();
        applier.applyAsArrived(late.stream().map(Late::event).toList(), arrival, (event, pilotCase) -> {
            Instant completeBefore = watermarks.get(event.eventId());
            progress.note(pilotCase, Cause.of(event), "LATE_MILESTONE", true, Map.of("milestone",
                    event.payload().milestone().name(), "watermark", completeBefore.toString()),
                    "applied as it arrived: the milestone of %s came after the source watermark %s had passed it"
                            .formatted(PilotCase.date(event.occurredAt()), completeBefore));
        });
    }

    /** One line per partition: how many, their dates and the watermark; no case, no person. */
    private static void logPerPartition(List<Late> late) {
        Map<Integer, List<Late>> byPartition = new LinkedHashMap<>();
        late.forEach(l -> byPartition.computeIfAbsent(l.partition(), p -> new ArrayList<>()).add(l));
        byPartition.forEach((partition, ofPartition) -> {
            Comparator<Late> byTime = Comparator.comparing(l -> l.event().occurredAt());
            log.info("{} milestone(s) on partition {} from {} to {} came after the watermark {}; applied as they arrived",
                    ofPartition.size(), partition,
                    PilotCase.date(ofPartition.stream().min(byTime).orElseThrow().event().occurredAt()),
                    PilotCase.date(ofPartition.stream().max(byTime).orElseThrow().event().occurredAt()),
                    ofPartition.getLast().completeBefore());
        });
    }

    private record Late(EventEnvelope<MilestoneRecorded> event, int partition, Instant completeBefore) {
    }

    /** The transaction's late milestones not applied yet, and where each milestone stored since arrived. */
    private static final class Collected {

        private final List<Late> late = new ArrayList<>();
        private final Map<UUID, Integer> arrival = new HashMap<>();

        private void arrived(EventEnvelope<MilestoneRecorded> event) {
            arrival.putIfAbsent(event.eventId(), arrival.size());
        }
    }
}

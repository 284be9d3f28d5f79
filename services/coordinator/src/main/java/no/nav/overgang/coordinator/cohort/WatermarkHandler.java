package no.nav.overgang.coordinator.cohort;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.followup.Timers;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.SourceWatermarkAdvanced;
import no.nav.overgang.platform.consumer.EventHandler;
import no.nav.overgang.platform.transaction.PerTransaction;

/**
 * The intake's source watermark read on one partition of {@code overgang.milestone.v1}: every milestone of that
 * partition before it has been read, so the pending ones are applied, each case's in business-time order, and the
 * timers due by the lowest watermark over all partitions fire. All in the consumer's transaction, which also marks
 * the milestones applied, so a redelivery applies nothing twice. A milestone that cannot be applied for good is
 * dead-lettered alone ({@link MilestoneApplier}): it does not hold back the partition's others, now or later.
 * <p>
 * Markers are coalesced per polled batch: a marker only notes its watermark; once the batch is handled
 * ({@link #batchHandled}) each partition's latest watermark is applied, and the timers fire once, by the business
 * time they all give. Applying the latest marker applies the same milestones in the same order as applying each in
 * turn (those below an earlier watermark sort before those read after it), so the answer is the same; before a
 * milestone that is late on its partition ({@link MilestoneHandler}), that partition's noted watermark is applied
 * first, as it would have been. Late milestones are collected per batch ({@link LateMilestones}); before any marker
 * is applied, those read so far are applied, as they were on arrival.
 */
@Component
public class WatermarkHandler implements EventHandler<SourceWatermarkAdvanced> {

    private final PendingMilestones pending;
    private final MilestoneWatermarks watermarks;
    private final MilestoneApplier applier;
    private final Timers timers;
    private final LateMilestones lateMilestones;
    private final PerTransaction<Markers> thisBatch = new PerTransaction<>(Markers::new);

    public WatermarkHandler(PendingMilestones pending, MilestoneWatermarks watermarks, MilestoneApplier applier,
                            Timers timers, LateMilestones lateMilestones) {
        this.lateMilestones = lateMilestones;
        this.pending = pending;
        this.watermarks = watermarks;
        this.applier = applier;
        this.timers = timers;
    }

    @Override
    public EventType eventType() {
        return EventType.SOURCE_WATERMARK_ADVANCED;
    }

    @Override
    public void handle(EventEnvelope<SourceWatermarkAdvanced> event) {
        handle(event, event.payload().partition());
    }

    @Override
    public void handle(EventEnvelope<SourceWatermarkAdvanced> event, int partition) {
        SourceWatermarkAdvanced marker = event.payload();
        thisBatch.get().noted.merge(partition, new Noted(marker.completeBefore(), marker.partitions()),
                Noted::later);
    }

    /**
     * Applies the batch's late milestones not applied yet, then what its markers complete, partition by partition,
     * records the watermarks and then fires the timers once, by the business time they give.
     */
    @Override
    public void batchHandled() {
        lateMilestones.applyCollected();
        Markers markers = thisBatch.ifAny();
        if (markers == null) {
            return;
        }
        if (!markers.noted.isEmpty()) {
            markers.applyNoted(new LinkedHashMap<>(markers.noted));
        }
        Instant businessTime = markers.businessTime;
        markers.businessTime = null;
        if (businessTime != null) {
            timers.fireDue(businessTime);
        }
    }

    /**
     * The watermark read on {@code partition}, with the markers of this batch not applied yet: a milestone below it is
     * late.
     */
    Instant completeBefore(int partition) {
        Markers markers = thisBatch.ifAny();
        Noted own = markers == null ? null : markers.noted.get(partition);
        Instant applied = watermarks.completeBefore(partition);
        return own == null ? applied : applied == null || own.completeBefore().isAfter(applied)
                ? own.completeBefore() : applied;
    }

    /**
     * Applies the watermark this batch noted for {@code partition}, if any, before a late milestone of it is applied;
     * the timers still fire once the batch is handled.
     */
    void applyNotedBefore(int partition) {
        Markers markers = thisBatch.ifAny();
        Noted marker = markers == null ? null : markers.noted.get(partition);
        if (marker != null) {
            markers.applyNoted(Map.of(partition, marker));
        }
    }

    /** A marker's watermark, noted until the batch is handled. */
    private record Noted(Instant completeBefore, int partitions) {

        private static Noted later(Noted a, Noted b) {
            return b.completeBefore().isAfter(a.completeBefore()) ? b : a;
        }
    }

    /** The markers of the transaction's batch: noted and not applied yet, and business time once some are. */
    private final class Markers {

        private final Map<Integer, Noted> noted = new LinkedHashMap<>();
        private Instant businessTime;

        /**
         * Applies each partition's pending milestones below its noted watermark, in the order the markers were read,
         * and records the watermarks.
         */
        private void applyNoted(Map<Integer, Noted> markers) {
            // the late milestones read before the markers are applied first, as on arrival (LateMilestones)
            lateMilestones.applyCollected();
            pending.flush();
            Map<Integer, Instant> applied = new LinkedHashMap<>();
            int partitions = 0;
            for (Map.Entry<Integer, Noted> marker : markers.entrySet()) {
                int partition = marker.getKey();
                Instant completeBefore = marker.getValue().completeBefore();
                applier.apply(pending.takeDue(partition, completeBefore), partition);
                applied.put(partition, completeBefore);
                partitions = Math.max(partitions, marker.getValue().partitions());
                noted.remove(partition);
            }
            Instant time = watermarks.advance(applied, partitions);
            if (time != null) {
                businessTime = time;
            }
        }
    }
}

package no.nav.overgang.coordinator.cohort;

import java.time.Instant;

import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.followup.Timers;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.SourceWatermarkAdvanced;
import no.nav.overgang.platform.consumer.EventHandler;

/**
 * The intake's source watermark read on one partition of {@code overgang.milestone.v1}: every milestone of that
 * partition before it has been read, so the pending ones are applied now, each case's in business-time order, and
 * the timers due by the lowest watermark over all partitions fire. All in the consumer's transaction, which also
 * marks the milestones applied, so a redelivery applies nothing twice. A milestone that cannot be applied for good is
 * dead-lettered alone ({@link MilestoneApplier}): it does not hold back the partition's others, now or later.
 */
@Component
public class WatermarkHandler implements EventHandler<SourceWatermarkAdvanced> {

    private final PendingMilestones pending;
    private final MilestoneWatermarks watermarks;
    private final MilestoneApplier applier;
    private final Timers timers;

    public WatermarkHandler(PendingMilestones pending, MilestoneWatermarks watermarks, MilestoneApplier applier,
                            Timers timers) {
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
        pending.flush();
        applier.apply(pending.takeDue(partition, marker.completeBefore()), partition);
        Instant businessTime = watermarks.advance(partition, marker.partitions(), marker.completeBefore());
        if (businessTime != null) {
            timers.fireDue(businessTime);
        }
    }
}

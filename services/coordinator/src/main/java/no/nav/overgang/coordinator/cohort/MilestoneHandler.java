package no.nav.overgang.coordinator.cohort;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.MilestoneRecorded;
import no.nav.overgang.platform.consumer.EventHandler;

/**
 * Stores each milestone as pending on its partition, to be applied in business-time order when the intake's source
 * watermark passes it ({@link WatermarkHandler}; docs/PILOT.md, "Ordering and the source watermark"). A milestone
 * below a watermark already read on its partition is late: it is counted ({@value #LATE_METRIC}) and applied in
 * arrival order as before watermarks, together with the batch's other late ones ({@link LateMilestones}, which says
 * why that gives the answer applying each on arrival gave), and noted in the case's timeline — the limit of the
 * allowed lateness.
 */
@Component
public class MilestoneHandler implements EventHandler<MilestoneRecorded> {

    static final String LATE_METRIC = "overgang.coordinator.milestones.late";

    private final PendingMilestones pending;
    private final WatermarkHandler watermarks;
    private final LateMilestones lateMilestones;
    private final Counter late;

    public MilestoneHandler(PendingMilestones pending, WatermarkHandler watermarks, LateMilestones lateMilestones,
                            MeterRegistry meters) {
        this.pending = pending;
        this.watermarks = watermarks;
        this.lateMilestones = lateMilestones;
        this.late = Counter.builder(LATE_METRIC)
                .description("milestones that arrived below a source watermark already read; applied on arrival")
                .register(meters);
    }

    @Override
    public EventType eventType() {
        return EventType.MILESTONE_RECORDED;
    }

    @Override
    public void handle(EventEnvelope<MilestoneRecorded> event) {
        throw new IllegalStateException("a milestone is handled with the partition it was read from");
    }

    @Override
    public void handle(EventEnvelope<MilestoneRecorded> event, int partition) {
        Instant completeBefore = watermarks.completeBefore(partition);
        if (completeBefore == null || !event.occurredAt().isBefore(completeBefore)) {
            pending.add(event, partition, true);
            lateMilestones.arrivedPending(event);
            return;
        }
        // the markers of this batch noted on the partition first, as they were read before it
        watermarks.applyNotedBefore(partition);
        late.increment();
        lateMilestones.collect(event, partition, completeBefore);
    }

    /** The case's first conference; its id follows from the case key, so a replay names the same conference. */
    public static UUID conferenceIdFor(String caseKey) {
        return conferenceIdFor(caseKey, 1);
    }

    /** The conference of the case's {@code attempt}-th request (a new one follows a cancelled one). */
    public static UUID conferenceIdFor(String caseKey, int attempt) {
        return UUID.nameUUIDFromBytes(("conference|" + caseKey + "|" + attempt).getBytes(StandardCharsets.UTF_8));
    }
}

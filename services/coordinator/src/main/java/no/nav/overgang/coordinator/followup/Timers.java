package no.nav.overgang.coordinator.followup;

import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.coordinator.cohort.MilestoneWatermarks;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.platform.clock.BusinessTimeAdvanced;

/**
 * Business-time timers: the conference deadline, a new conference after a cancelled one, and the end of follow-up.
 * They fire as business time advances, never on the wall clock. Business time for them is the lower of the intake's
 * source watermark over every partition of the milestones ({@link MilestoneWatermarks}: the milestones before it are
 * applied) and the platform's low watermark over the partitions read (so a conference step still unread on another
 * partition holds a deadline back). They fire when a watermark marker has been applied, when business time moves
 * ({@link BusinessTimeAdvanced}, in the transaction that moved it) and before each conference or handover event. A
 * timer's events carry the time it was due, so a replay fires the same timers with the same times. A sweep
 * skips cases another thread has locked; the next sweep, or that thread's {@link CaseProgress#catchUp}, fires them.
 */
@Component
public class Timers {

    private final CaseRepository cases;
    private final CaseProgress progress;
    private final PilotProperties pilot;
    private final MilestoneWatermarks watermarks;

    public Timers(CaseRepository cases, CaseProgress progress, PilotProperties pilot,
                  MilestoneWatermarks watermarks) {
        this.watermarks = watermarks;
        this.cases = cases;
        this.progress = progress;
        this.pilot = pilot;
    }

    /**
     * Fires what is due by business time before {@code event} is handled. Not by the event's own {@code occurredAt}:
     * that may be ahead of what other partitions have been read to.
     */
    public void fireDueBy(EventEnvelope<?> event) {
        fireDue();
    }

    /** Fires what is due by business time now ({@link MilestoneWatermarks#timerTime}); nothing before it is known. */
    public void fireDue() {
        Instant now = watermarks.timerTime();
        if (now != null) {
            fireDue(now);
        }
    }

    @EventListener
    public void businessTimeAdvanced(BusinessTimeAdvanced advanced) {
        fireDue();
    }

    public void fireDue(Instant businessNow) {
        escalateDue(businessNow);
        List<PilotCase> again = cases.dueForNewConference(businessNow);
        for (PilotCase entered : again) {
            progress.requestAgain(entered);
        }
        if (!again.isEmpty()) {
            // a new request made just now may itself be overdue already
            escalateDue(businessNow);
        }
        if (followUpOverBy(businessNow)) {
            for (PilotCase open : cases.openCases()) {
                progress.endFollowUp(open);
            }
        }
    }

    private void escalateDue(Instant businessNow) {
        List<PilotCase> due = cases.dueForEscalation(businessNow);
        if (!due.isEmpty()) {
            progress.escalate(due);
        }
    }

    /** Whether the follow-up period is over by {@code at}: no case enters after it. */
    public boolean followUpOverBy(Instant at) {
        Instant over = pilot.followUpOverAt();
        return over != null && !at.isBefore(over);
    }
}

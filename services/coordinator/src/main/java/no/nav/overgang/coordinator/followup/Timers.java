package no.nav.overgang.coordinator.followup;

import java.time.Instant;

import org.springframework.stereotype.Component;

import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.platform.clock.BusinessClock;

/**
 * Business-time timers: the conference deadline and the end of follow-up. They fire as business time advances — when
 * an event is handled, before it is applied, for everything due up to its {@code occurredAt} — never on the wall
 * clock. A timer's events carry the time it was due, so a replay fires the same timers with the same times. A sweep
 * skips cases another thread has locked; that thread's handler fires the case's own due timers before it applies its
 * event ({@link CaseProgress#catchUp}), so no timer is lost and a case's timers and events keep their business-time order.
 */
@Component
public class Timers {

    private final CaseRepository cases;
    private final CaseProgress progress;
    private final PilotProperties pilot;
    private final BusinessClock clock;

    public Timers(CaseRepository cases, CaseProgress progress, PilotProperties pilot, BusinessClock clock) {
        this.cases = cases;
        this.progress = progress;
        this.pilot = pilot;
        this.clock = clock;
    }

    /** Fires what is due by the time of {@code event}: the later of its {@code occurredAt} and business time. */
    public void fireDueBy(EventEnvelope<?> event) {
        Instant known = clock.now();
        fireDue(event.occurredAt().isAfter(known) ? event.occurredAt() : known);
    }

    public void fireDue(Instant businessNow) {
        for (PilotCase pilotCase : cases.dueForEscalation(businessNow)) {
            progress.escalate(pilotCase);
        }
        if (followUpOverBy(businessNow)) {
            for (PilotCase open : cases.openCases()) {
                progress.endFollowUp(open);
            }
        }
    }

    /** Whether the follow-up period is over by {@code at}: no case enters after it. */
    public boolean followUpOverBy(Instant at) {
        Instant over = pilot.followUpOverAt();
        return over != null && !at.isBefore(over);
    }
}

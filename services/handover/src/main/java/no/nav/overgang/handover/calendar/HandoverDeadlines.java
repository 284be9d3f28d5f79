package no.nav.overgang.handover.calendar;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import no.nav.overgang.handover.inbox.Handover;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.clock.WorkingDays;

/** When a handover must be acknowledged by, and whether it is overdue, on business time. */
@Component
public class HandoverDeadlines {

    private final HandoverProperties properties;
    private final BusinessClock businessClock;

    public HandoverDeadlines(HandoverProperties properties, BusinessClock businessClock) {
        this.properties = properties;
        this.businessClock = businessClock;
    }

    /** The last working day on which acknowledging the handover is within the target. */
    public LocalDate acknowledgeBy(Handover handover) {
        return WorkingDays.plusWorkingDays(day(handover.receivedAt()), properties.workingDaysToAcknowledge());
    }

    public boolean isOverdue(Handover handover) {
        return handover.status().awaitsAcknowledgement() && day(businessClock.now()).isAfter(acknowledgeBy(handover));
    }

    /**
     * The start of the earliest day a handover may have been received on and not be overdue today, on business time:
     * one awaiting acknowledgement is overdue exactly when it was received before this, which lets a query select
     * the overdue ones (the deadline grows with the day received, so one bound does).
     */
    public Instant overdueIfReceivedBefore() {
        LocalDate today = day(businessClock.now());
        LocalDate first = today;
        while (!WorkingDays.plusWorkingDays(first.minusDays(1), properties.workingDaysToAcknowledge())
                .isBefore(today)) {
            first = first.minusDays(1);
        }
        return first.atStartOfDay(properties.zone()).toInstant();
    }

    /** Acknowledged now, in business time: within the target? */
    public boolean acknowledgedInTime(Handover handover) {
        return !day(businessClock.now()).isAfter(acknowledgeBy(handover));
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(properties.zone()).toLocalDate();
    }
}

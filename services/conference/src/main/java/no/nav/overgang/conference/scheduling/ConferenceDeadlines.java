package no.nav.overgang.conference.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import no.nav.overgang.conference.conference.CaseConference;
import no.nav.overgang.conference.conference.ConferenceStatus;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.clock.WorkingDays;

/** When a requested conference must be scheduled by, and whether it is overdue, on business time. */
@Component
public class ConferenceDeadlines {

    private final SchedulingProperties scheduling;
    private final BusinessClock businessClock;

    public ConferenceDeadlines(SchedulingProperties scheduling, BusinessClock businessClock) {
        this.scheduling = scheduling;
        this.businessClock = businessClock;
    }

    /** The last working day on which scheduling the conference is in time. */
    public LocalDate scheduleBy(CaseConference conference) {
        return WorkingDays.plusWorkingDays(day(conference.requestedAt()), scheduling.workingDaysToSchedule());
    }

    /** Still not scheduled, and business time has passed the last day to schedule it. */
    public boolean isOverdue(CaseConference conference) {
        return conference.status() == ConferenceStatus.REQUESTED
                && day(businessClock.now()).isAfter(scheduleBy(conference));
    }

    public ZoneId zone() {
        return scheduling.zone();
    }

    public Duration meetingLength() {
        return scheduling.meetingLength();
    }

    public Duration slotStep() {
        return scheduling.slotStep();
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(scheduling.zone()).toLocalDate();
    }
}

package no.nav.overgang.conference.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * The deadlines of a list of conferences: business time read once, and each request day's last day to schedule
     * counted once, not once per conference (counting working days asks the holiday calendar about every day).
     */
    public ListDeadlines forList() {
        return new ListDeadlines(day(businessClock.now()));
    }

    /** The deadlines of one list, for one request; not thread-safe. */
    public final class ListDeadlines {

        private final LocalDate today;
        private final Map<LocalDate, LocalDate> scheduleByPerRequestDay = new HashMap<>();

        private ListDeadlines(LocalDate today) {
            this.today = today;
        }

        /** As {@link ConferenceDeadlines#scheduleBy}. */
        public LocalDate scheduleBy(CaseConference conference) {
            return scheduleByPerRequestDay.computeIfAbsent(day(conference.requestedAt()),
                    requested -> WorkingDays.plusWorkingDays(requested, scheduling.workingDaysToSchedule()));
        }

        /** As {@link ConferenceDeadlines#isOverdue}, on the business time the list was read at. */
        public boolean isOverdue(CaseConference conference) {
            return conference.status() == ConferenceStatus.REQUESTED && today.isAfter(scheduleBy(conference));
        }
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

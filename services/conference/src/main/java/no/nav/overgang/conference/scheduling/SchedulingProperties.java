package no.nav.overgang.conference.scheduling;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduling targets, under {@code overgang.conference.scheduling}.
 *
 * @param workingDaysToSchedule a requested conference not scheduled within this many working days is overdue
 * @param zone                  the time zone whose calendar days count (business time is an instant)
 * @param meetingLength         how long a conference lasts; a proposed slot fits the whole meeting
 * @param slotStep              proposed slots start on multiples of this (on the hour and half hour by default)
 */
@ConfigurationProperties("overgang.conference.scheduling")
public record SchedulingProperties(@DefaultValue("10") int workingDaysToSchedule,
                                   @DefaultValue("Europe/Oslo") ZoneId zone,
                                   @DefaultValue("60m") Duration meetingLength,
                                   @DefaultValue("30m") Duration slotStep) {

    public SchedulingProperties {
        if (workingDaysToSchedule < 1) {
            throw new IllegalArgumentException("overgang.conference.scheduling.working-days-to-schedule must be >= 1");
        }
        if (!meetingLength.isPositive() || !slotStep.isPositive() || slotStep.toSeconds() < 60) {
            throw new IllegalArgumentException("overgang.conference.scheduling.meeting-length and slot-step must be "
                    + "positive (slot-step at least one minute)");
        }
    }
}

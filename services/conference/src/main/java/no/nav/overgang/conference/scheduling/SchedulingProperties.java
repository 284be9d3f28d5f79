package no.nav.overgang.conference.scheduling;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduling targets, under {@code overgang.conference.scheduling}.
 *
 * @param workingDaysToSchedule a requested conference not scheduled within this many working days is overdue
 * @param zone                  the time zone whose calendar days count (business time is an instant)
 */
@ConfigurationProperties("overgang.conference.scheduling")
public record SchedulingProperties(@DefaultValue("10") int workingDaysToSchedule,
                                   @DefaultValue("Europe/Oslo") ZoneId zone) {

    public SchedulingProperties {
        if (workingDaysToSchedule < 1) {
            throw new IllegalArgumentException("overgang.conference.scheduling.working-days-to-schedule must be >= 1");
        }
    }
}

package no.nav.overgang.handover.calendar;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Handover targets, under {@code overgang.handover}.
 *
 * @param workingDaysToAcknowledge a handover not acknowledged within this many working days of receipt is overdue
 * @param zone                     the time zone whose calendar days count (business time is an instant)
 */
@ConfigurationProperties("overgang.handover")
public record HandoverProperties(@DefaultValue("2") int workingDaysToAcknowledge,
                                 @DefaultValue("Europe/Oslo") ZoneId zone) {
}

package no.nav.overgang.platform.retention;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long person-level data is kept after the pilot, under {@code overgang.retention}; the same values in every
 * service.
 *
 * @param pilotEndsOn      the pilot's last day; empty while it is not decided, and then nothing is deleted
 * @param keepFor          how long after that day person-level data is kept (evaluation, complaints)
 * @param auditLogKeepFor  how long audit records are kept; the job never deletes them, it reports those that are due
 * @param checkEvery       how often the job looks whether it is due
 */
@ConfigurationProperties("overgang.retention")
public record RetentionProperties(LocalDate pilotEndsOn, @DefaultValue("P12M") Period keepFor,
                                  @DefaultValue("P10Y") Period auditLogKeepFor,
                                  @DefaultValue("PT6H") Duration checkEvery) {

    /** The first day on which person-level data is deleted, if the pilot's end is known. */
    public Optional<LocalDate> deleteFrom() {
        return Optional.ofNullable(pilotEndsOn).map(end -> end.plusDays(1).plus(keepFor));
    }
}

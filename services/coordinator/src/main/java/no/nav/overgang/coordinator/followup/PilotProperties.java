package no.nav.overgang.coordinator.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.platform.clock.WorkingDays;

/**
 * The pilot's extent, under {@code overgang.coordinator.pilot}.
 *
 * @param offices                        the NAV offices taking part; empty means every office. A case enters only
 *                                       from one of them, and a move to any other office censors it. In order:
 *                                       cluster randomisation gives offices their arms by position, so append only
 * @param followUpEndsOn                 the last day of follow-up; open cases are censored when it is over, and no
 *                                       case enters after it. Null: no end configured yet
 * @param conferenceDeadlineWorkingDays  a requested conference not held within this many working days is escalated
 * @param conferenceRerequestWorkingDays after a cancelled conference, a new one is requested this many working days
 *                                       later if the case is still open; 0: never
 * @param conferenceRequestsPerCase      at most this many conference requests per case (the first included)
 */
@ConfigurationProperties("overgang.coordinator.pilot")
public record PilotProperties(List<String> offices, LocalDate followUpEndsOn, int conferenceDeadlineWorkingDays,
                              int conferenceRerequestWorkingDays, int conferenceRequestsPerCase) {

    public PilotProperties {
        offices = offices == null ? List.of() : List.copyOf(offices);
        if (conferenceDeadlineWorkingDays < 1) {
            throw new IllegalArgumentException(
                    "overgang.coordinator.pilot.conference-deadline-working-days must be at least 1");
        }
        if (conferenceRerequestWorkingDays < 0 || conferenceRequestsPerCase < 1) {
            throw new IllegalArgumentException("overgang.coordinator.pilot.conference-rerequest-working-days must be "
                    + "at least 0 and overgang.coordinator.pilot.conference-requests-per-case at least 1");
        }
    }

    public boolean includes(String office) {
        return offices.isEmpty() || offices.contains(office);
    }

    /** The start of the day (Oslo) after the {@code workingDays}-th working day after {@code from}'s date. */
    public static Instant afterWorkingDays(Instant from, int workingDays) {
        return WorkingDays.plusWorkingDays(PilotCase.date(from), workingDays).plusDays(1)
                .atStartOfDay(PilotCase.NORWAY).toInstant();
    }

    /** Business time at which follow-up is over: the end of its last day, Norwegian time. */
    public Instant followUpOverAt() {
        return followUpEndsOn == null ? null : followUpEndsOn.plusDays(1).atStartOfDay(PilotCase.NORWAY).toInstant();
    }
}

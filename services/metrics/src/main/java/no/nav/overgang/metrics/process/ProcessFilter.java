package no.nav.overgang.metrics.process;

import java.time.LocalDate;

/**
 * Which cases and steps the process indicators cover; every part is optional (null: all).
 *
 * @param asOf          only steps up to the end of this business date (Europe/Oslo)
 * @param sourceBenefit the case's source benefit at cohort entry, e.g. "SYKEPENGER"
 * @param officeGroup   the first two digits of the case's office
 * @param arm           one arm (pilot variant or control)
 * @param ageBand       the case's age band at cohort entry ({@code AgeBand} name), or {@link #UNKNOWN_AGE_BAND} for
 *                      a case whose entry carried none
 */
public record ProcessFilter(LocalDate asOf, String sourceBenefit, String officeGroup, String arm, String ageBand) {

    /** The age-band filter value of cases without a band, as on the dashboard. */
    public static final String UNKNOWN_AGE_BAND = "UKJENT";

    public static final ProcessFilter ALL = new ProcessFilter(null, null, null, null, null);

    public ProcessFilter {
        sourceBenefit = blankToNull(sourceBenefit);
        officeGroup = blankToNull(officeGroup);
        arm = blankToNull(arm);
        ageBand = blankToNull(ageBand);
    }

    /** Every age band. */
    public ProcessFilter(LocalDate asOf, String sourceBenefit, String officeGroup, String arm) {
        this(asOf, sourceBenefit, officeGroup, arm, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

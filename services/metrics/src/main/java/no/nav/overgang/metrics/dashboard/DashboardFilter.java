package no.nav.overgang.metrics.dashboard;

import java.time.LocalDate;

/**
 * What an evaluator chose: the analysis date ("as of": the dataset as the events known then would give it), and
 * optionally one source benefit, one office group (first two digits of the unit number), one pilot variant (an
 * arm; none means every pilot arm together and each on its own) and one age band ({@code AgeBand} name or
 * "UKJENT"). {@code tauDays} is the RMST horizon.
 */
public record DashboardFilter(LocalDate asOf, String sourceBenefit, String officeGroup, String variant, int tauDays,
                              String ageBand) {

    public DashboardFilter {
        sourceBenefit = blankToNull(sourceBenefit);
        officeGroup = blankToNull(officeGroup);
        variant = blankToNull(variant);
        ageBand = blankToNull(ageBand);
    }

    /** What the page shows before an evaluator filters: everything, as of {@code asOf}, at the default horizon. */
    public static DashboardFilter unfiltered(LocalDate asOf, int tauDays) {
        return new DashboardFilter(asOf, null, null, null, tauDays, null);
    }

    /** Every age band. */
    public DashboardFilter(LocalDate asOf, String sourceBenefit, String officeGroup, String variant, int tauDays) {
        this(asOf, sourceBenefit, officeGroup, variant, tauDays, null);
    }

    /** The snapshot's number of the chosen source benefit: −1 for all, −2 for one the snapshot does not have. */
    int sourceIndex(AnalysisSnapshot snapshot) {
        return sourceBenefit == null ? -1 : index(snapshot.sources.indexOf(sourceBenefit));
    }

    /** The snapshot's number of the chosen office group: −1 for all, −2 for one the snapshot does not have. */
    int officeGroupIndex(AnalysisSnapshot snapshot) {
        return officeGroup == null ? -1 : index(snapshot.officeGroups.indexOf(officeGroup));
    }

    /** The chosen age band's index in {@link AgeBands#KEYS}: −1 for all, −2 for one there is not. */
    int ageBandIndex() {
        return ageBand == null ? -1 : index(AgeBands.KEYS.indexOf(ageBand));
    }

    private static int index(int found) {
        return found < 0 ? -2 : found;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

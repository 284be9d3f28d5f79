package no.nav.overgang.metrics.dashboard;

import java.time.LocalDate;

/**
 * What an evaluator chose: the analysis date ("as of": the dataset as the events known then would give it), and
 * optionally one source benefit, one office group (first two digits of the unit number) and one pilot variant (an
 * arm; none means every pilot arm together and each on its own). {@code tauDays} is the RMST horizon.
 */
public record DashboardFilter(LocalDate asOf, String sourceBenefit, String officeGroup, String variant, int tauDays) {

    public DashboardFilter {
        sourceBenefit = blankToNull(sourceBenefit);
        officeGroup = blankToNull(officeGroup);
        variant = blankToNull(variant);
    }

    /** The snapshot's number of the chosen source benefit: −1 for all, −2 for one the snapshot does not have. */
    int sourceIndex(AnalysisSnapshot snapshot) {
        return sourceBenefit == null ? -1 : index(snapshot.sources.indexOf(sourceBenefit));
    }

    /** The snapshot's number of the chosen office group: −1 for all, −2 for one the snapshot does not have. */
    int officeGroupIndex(AnalysisSnapshot snapshot) {
        return officeGroup == null ? -1 : index(snapshot.officeGroups.indexOf(officeGroup));
    }

    private static int index(int found) {
        return found < 0 ? -2 : found;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

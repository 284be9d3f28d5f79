package no.nav.overgang.metrics.survival;

/**
 * The {@code aml} data set of R's survival package: remission times in weeks of 23 patients with acute myelogenous
 * leukaemia, with or without maintenance chemotherapy (Miller, R. G. (1981/1997), Survival Analysis, Wiley;
 * Embury et al. 1977). Maintained first, as in R, so "Nonmaintained" is the second group.
 */
final class Aml {

    static final double[] MAINTAINED_TIME = {9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161};
    static final int[] MAINTAINED_STATUS = {1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0};
    static final double[] NONMAINTAINED_TIME = {5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45};
    static final int[] NONMAINTAINED_STATUS = {1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1};

    private Aml() {
    }

    static SurvivalData data() {
        SurvivalData.Builder builder = SurvivalData.builder();
        for (int i = 0; i < MAINTAINED_TIME.length; i++) {
            builder.add("Maintained", MAINTAINED_TIME[i], MAINTAINED_STATUS[i] == 1, null);
        }
        for (int i = 0; i < NONMAINTAINED_TIME.length; i++) {
            builder.add("Nonmaintained", NONMAINTAINED_TIME[i], NONMAINTAINED_STATUS[i] == 1, null);
        }
        return builder.build();
    }

    /** The event table of all 23 cases, as {@link SurvivalAnalysis} builds it. */
    static EventTable table() {
        SurvivalData data = data();
        int[] order = EventTable.orderByTime(data.timeColumn());
        return EventTable.of(2, data.groupColumn(), data.timeColumn(), data.eventColumn(), order, 0, order.length);
    }
}

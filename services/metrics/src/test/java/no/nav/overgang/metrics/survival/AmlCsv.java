package no.nav.overgang.metrics.survival;

/** {@link Aml} as the analysis CSV, for tests of the API and the command-line tool. */
public final class AmlCsv {

    public static final String CSV = csv();

    private AmlCsv() {
    }

    private static String csv() {
        StringBuilder csv = new StringBuilder("group,time,event\n");
        append(csv, "Maintained", Aml.MAINTAINED_TIME, Aml.MAINTAINED_STATUS);
        append(csv, "Nonmaintained", Aml.NONMAINTAINED_TIME, Aml.NONMAINTAINED_STATUS);
        return csv.toString();
    }

    private static void append(StringBuilder csv, String group, double[] time, int[] status) {
        for (int i = 0; i < time.length; i++) {
            csv.append(group).append(',').append((int) time[i]).append(',').append(status[i]).append('\n');
        }
    }
}

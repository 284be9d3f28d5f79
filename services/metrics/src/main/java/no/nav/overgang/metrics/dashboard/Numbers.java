package no.nav.overgang.metrics.dashboard;

import java.util.Locale;

/** Numbers as the page shows them (Norwegian decimal comma) and as the CSV holds them (decimal point). */
final class Numbers {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private Numbers() {
    }

    static String decimal(double value, int decimals) {
        return String.format(NB, "%." + decimals + "f", value);
    }

    static String percent(double share) {
        return String.format(NB, "%.1f %%", share * 100);
    }

    static String days(Double value) {
        if (value == null) {
            return "ikke nådd";
        }
        return value == Math.rint(value) ? String.format(NB, "%.0f", value) : String.format(NB, "%.1f", value);
    }

    static String p(double p) {
        return p < 0.001 ? "< 0,001" : String.format(NB, "%.3f", p);
    }

    static String csv(Double value) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.6g", value);
    }
}

package no.nav.overgang.metrics.dashboard;

import java.util.ArrayList;
import java.util.List;

import no.nav.overgang.events.payload.AgeBand;

/**
 * The age bands of the dashboard in their natural order, then "ukjent" for a case whose cohort entry carried no
 * band. A snapshot stores a case's band as its index in {@link #KEYS}; the filter and the export use the key.
 */
final class AgeBands {

    static final String UNKNOWN = no.nav.overgang.metrics.process.ProcessFilter.UNKNOWN_AGE_BAND;
    /** {@link AgeBand} names in order, then {@link #UNKNOWN}. */
    static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            keys.add(band.name());
        }
        keys.add(UNKNOWN);
        KEYS = List.copyOf(keys);
    }

    private AgeBands() {
    }

    /** The index in {@link #KEYS} of a stored band (null or an unknown name: "ukjent"). */
    static int indexOf(String stored) {
        int index = stored == null ? -1 : KEYS.indexOf(stored);
        return index < 0 ? KEYS.size() - 1 : index;
    }

    /** The bokmål label of a key. */
    static String label(String key) {
        return switch (key) {
            case "UNDER_30" -> "under 30";
            case "FROM_30_TO_39" -> "30–39";
            case "FROM_40_TO_49" -> "40–49";
            case "FROM_50_TO_59" -> "50–59";
            case "FROM_60" -> "60 og over";
            default -> "ukjent";
        };
    }
}

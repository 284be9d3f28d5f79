package no.nav.overgang.metrics.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Right-censored times to an event, one row per case, in columns: the case's group (arm), its time, whether the
 * event happened (clarified) or the time is censored, and optionally a stratum. Groups and strata are numbered in
 * order of first appearance; that order decides which group is "the second" in a comparison.
 */
public final class SurvivalData {

    private final List<String> groups;
    private final List<String> strata;
    private final int[] group;
    private final double[] time;
    private final boolean[] event;
    private final int[] stratum;

    private SurvivalData(List<String> groups, List<String> strata, int[] group, double[] time, boolean[] event,
                         int[] stratum) {
        this.groups = groups;
        this.strata = strata;
        this.group = group;
        this.time = time;
        this.event = event;
        this.stratum = stratum;
    }

    /** Column arrays as they are (checked, not copied); {@code stratum} may be null. For generated data. */
    public static SurvivalData of(List<String> groups, int[] group, double[] time, boolean[] event,
                                  List<String> strata, int[] stratum) {
        if (group.length != time.length || event.length != time.length
                || (stratum != null && stratum.length != time.length)) {
            throw new IllegalArgumentException("columns of different lengths");
        }
        for (int i = 0; i < time.length; i++) {
            if (!(time[i] >= 0) || Double.isInfinite(time[i]) || group[i] < 0 || group[i] >= groups.size()
                    || (stratum != null && (stratum[i] < 0 || stratum[i] >= strata.size()))) {
                throw new IllegalArgumentException("row " + i + ": time below 0 or not finite, or no such group or stratum");
            }
        }
        return new SurvivalData(List.copyOf(groups), strata == null ? List.of() : List.copyOf(strata), group, time,
                event, stratum);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return time.length;
    }

    public List<String> groups() {
        return groups;
    }

    public List<String> strata() {
        return strata;
    }

    public boolean stratified() {
        return stratum != null;
    }

    int[] groupColumn() {
        return group;
    }

    double[] timeColumn() {
        return time;
    }

    boolean[] eventColumn() {
        return event;
    }

    int[] stratumColumn() {
        return stratum;
    }

    /** Collects rows; names of groups and strata get their numbers as they first appear. */
    public static final class Builder {

        private final Map<String, Integer> groups = new LinkedHashMap<>();
        private final Map<String, Integer> strata = new LinkedHashMap<>();
        private int[] group = new int[1024];
        private double[] time = new double[1024];
        private boolean[] event = new boolean[1024];
        private int[] stratum = new int[1024];
        private int size;
        private Boolean withStrata;

        /** @param stratum null when the data have no strata; either every row has one or none has */
        public Builder add(String group, double time, boolean event, String stratum) {
            if (!(time >= 0) || Double.isInfinite(time)) {
                throw new IllegalArgumentException("time must be a finite number, zero or more");
            }
            if (withStrata == null) {
                withStrata = stratum != null;
            } else if (withStrata != (stratum != null)) {
                throw new IllegalArgumentException("either every row has a stratum or none has");
            }
            if (size == this.time.length) {
                int capacity = size * 2;
                this.group = Arrays.copyOf(this.group, capacity);
                this.time = Arrays.copyOf(this.time, capacity);
                this.event = Arrays.copyOf(this.event, capacity);
                this.stratum = Arrays.copyOf(this.stratum, capacity);
            }
            this.group[size] = groups.computeIfAbsent(group, g -> groups.size());
            this.time[size] = time + 0.0; // −0 becomes 0
            this.event[size] = event;
            if (stratum != null) {
                this.stratum[size] = strata.computeIfAbsent(stratum, s -> strata.size());
            }
            size++;
            return this;
        }

        public SurvivalData build() {
            return new SurvivalData(List.copyOf(new ArrayList<>(groups.keySet())),
                    List.copyOf(new ArrayList<>(strata.keySet())), Arrays.copyOf(group, size),
                    Arrays.copyOf(time, size), Arrays.copyOf(event, size),
                    Boolean.TRUE.equals(withStrata) ? Arrays.copyOf(stratum, size) : null);
        }
    }
}

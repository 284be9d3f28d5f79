package no.nav.overgang.metrics.survival;

import java.util.Arrays;

/**
 * The data reduced to what every estimator here needs: the distinct times in increasing order and, per group and
 * time, how many had the event and how many were censored. Built from the rows in time order (sorted once, by
 * {@link #orderByTime}); every estimator then sweeps the table once. Cases censored at a time are still at risk
 * at that time.
 */
final class EventTable {

    private static final int DIGIT_BITS = 16;
    private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;

    final int groups;
    final double[] times;
    /** events[g][k]: events in group g at times[k] */
    final int[][] events;
    /** censored[g][k]: censored in group g at times[k] */
    final int[][] censored;
    /** size[g]: cases in group g */
    final int[] size;

    private EventTable(int groups, double[] times, int[][] events, int[][] censored, int[] size) {
        this.groups = groups;
        this.times = times;
        this.events = events;
        this.censored = censored;
        this.size = size;
    }

    /** The table of the rows order[from..to), which must be in increasing order of time. */
    static EventTable of(int groups, int[] group, double[] time, boolean[] event, int[] order, int from, int to) {
        int distinct = 0;
        for (int i = from; i < to; i++) {
            if (i == from || time[order[i]] != time[order[i - 1]]) {
                distinct++;
            }
        }
        double[] times = new double[distinct];
        int[][] events = new int[groups][distinct];
        int[][] censored = new int[groups][distinct];
        int[] size = new int[groups];
        int k = -1;
        for (int i = from; i < to; i++) {
            int row = order[i];
            if (i == from || time[row] != time[order[i - 1]]) {
                times[++k] = time[row];
            }
            int g = group[row];
            size[g]++;
            if (event[row]) {
                events[g][k]++;
            } else {
                censored[g][k]++;
            }
        }
        return new EventTable(groups, times, events, censored, size);
    }

    /**
     * The table of counts already made: events[g][k] and censored[g][k] at times[k] (increasing). Times where no
     * group has a case are left out, as a table made from rows has none.
     */
    static EventTable ofCounts(double[] times, int[][] events, int[][] censored) {
        int groups = events.length;
        int distinct = 0;
        for (int k = 0; k < times.length; k++) {
            if (anyCase(events, censored, k)) {
                distinct++;
            }
        }
        double[] kept = new double[distinct];
        int[][] keptEvents = new int[groups][distinct];
        int[][] keptCensored = new int[groups][distinct];
        int[] size = new int[groups];
        for (int k = 0, i = 0; k < times.length; k++) {
            if (!anyCase(events, censored, k)) {
                continue;
            }
            kept[i] = times[k];
            for (int g = 0; g < groups; g++) {
                keptEvents[g][i] = events[g][k];
                keptCensored[g][i] = censored[g][k];
                size[g] += events[g][k] + censored[g][k];
            }
            i++;
        }
        return new EventTable(groups, kept, keptEvents, keptCensored, size);
    }

    private static boolean anyCase(int[][] events, int[][] censored, int k) {
        for (int g = 0; g < events.length; g++) {
            if (events[g][k] + censored[g][k] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The row numbers in increasing order of time: a stable least-significant-digit radix sort on the bits of the
     * times (for doubles of zero or more the bit patterns order as the values do), O(n) in four passes of 16 bits,
     * skipping a pass where all rows share the digit.
     */
    static int[] orderByTime(double[] time) {
        int n = time.length;
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = Double.doubleToLongBits(time[i] + 0.0);
            order[i] = i;
        }
        long[] nextKeys = new long[n];
        int[] nextOrder = new int[n];
        int[] start = new int[(1 << DIGIT_BITS) + 1];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
            Arrays.fill(start, 0);
            for (int i = 0; i < n; i++) {
                start[(int) (keys[i] >>> shift) & DIGIT_MASK]++;
            }
            if (n == 0 || start[(int) (keys[0] >>> shift) & DIGIT_MASK] == n) {
                continue;
            }
            int sum = 0;
            for (int d = 0; d <= DIGIT_MASK; d++) {
                int count = start[d];
                start[d] = sum;
                sum += count;
            }
            for (int i = 0; i < n; i++) {
                int position = start[(int) (keys[i] >>> shift) & DIGIT_MASK]++;
                nextKeys[position] = keys[i];
                nextOrder[position] = order[i];
            }
            long[] swapKeys = keys;
            keys = nextKeys;
            nextKeys = swapKeys;
            int[] swapOrder = order;
            order = nextOrder;
            nextOrder = swapOrder;
        }
        return order;
    }

    /** at[g][k]: number at risk in group g just before times[k] */
    int[][] atRisk() {
        int[][] atRisk = new int[groups][times.length];
        for (int g = 0; g < groups; g++) {
            int left = size[g];
            for (int k = 0; k < times.length; k++) {
                atRisk[g][k] = left;
                left -= events[g][k] + censored[g][k];
            }
        }
        return atRisk;
    }
}

package no.nav.overgang.metrics.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysable cases of the analysis dataset at one version, held in columns (a million cases take about 15 MB,
 * no object per case), so that the dashboard can count any filter combination in one pass. Dates are epoch days;
 * a case without an end has {@link #NO_END}. Nothing identifies a case: no case key is kept.
 */
final class AnalysisSnapshot {

    static final int NO_END = Integer.MAX_VALUE;
    /** {@link #outcome} of a censored or open case. */
    static final byte CENSORED = -1;

    final long version;
    final Instant loadedAt;
    final List<String> arms;
    final boolean[] pilotArm;
    final List<String> sources;
    final List<String> officeGroups;
    final int size;
    /** the earliest index date, as an epoch day ({@link #NO_END} without cases) */
    final int earliestIndexDay;
    final byte[] arm;
    final byte[] source;
    final byte[] officeGroup;
    /** the index in {@link AgeBands#KEYS} */
    final byte[] ageBand;
    final int[] indexDay;
    final int[] endDay;
    /** the {@link Outcome} ordinal, or {@link #CENSORED} */
    final byte[] outcome;

    private AnalysisSnapshot(Builder b, long version, Instant loadedAt) {
        this.version = version;
        this.loadedAt = loadedAt;
        this.arms = List.copyOf(b.arms.keySet());
        this.pilotArm = new boolean[arms.size()];
        for (int a = 0; a < arms.size(); a++) {
            pilotArm[a] = b.pilot.get(a);
        }
        this.sources = List.copyOf(b.sources.keySet());
        this.officeGroups = List.copyOf(b.officeGroups.keySet());
        this.size = b.size;
        this.arm = Arrays.copyOf(b.arm, size);
        this.source = Arrays.copyOf(b.source, size);
        this.officeGroup = Arrays.copyOf(b.officeGroup, size);
        this.ageBand = Arrays.copyOf(b.ageBand, size);
        this.indexDay = Arrays.copyOf(b.indexDay, size);
        this.endDay = Arrays.copyOf(b.endDay, size);
        this.outcome = Arrays.copyOf(b.outcome, size);
        int earliest = NO_END;
        for (int i = 0; i < size; i++) {
            earliest = Math.min(earliest, indexDay[i]);
        }
        this.earliestIndexDay = earliest;
    }

    /** The office group: the first two digits of the four-digit NAV unit number (the county it belongs to). */
    static String officeGroupOf(String office) {
        return office == null || office.length() < 2 ? "??" : office.substring(0, 2);
    }

    static final class Builder {

        private final Map<String, Integer> arms = new LinkedHashMap<>();
        private final List<Boolean> pilot = new ArrayList<>();
        private final Map<String, Integer> sources = new LinkedHashMap<>();
        private final Map<String, Integer> officeGroups = new LinkedHashMap<>();
        private byte[] arm = new byte[1024];
        private byte[] source = new byte[1024];
        private byte[] officeGroup = new byte[1024];
        private byte[] ageBand = new byte[1024];
        private int[] indexDay = new int[1024];
        private int[] endDay = new int[1024];
        private byte[] outcome = new byte[1024];
        private int size;

        /** As {@link #add(String, boolean, String, String, String, LocalDate, LocalDate, Outcome)}, age unknown. */
        Builder add(String armId, boolean pilotArm, String sourceBenefit, String office, LocalDate index,
                    LocalDate end, Outcome endOutcome) {
            return add(armId, pilotArm, sourceBenefit, office, null, index, end, endOutcome);
        }

        /**
         * @param band the stored age band ({@code AgeBand} name), null when unknown
         * @param end  null for a case without an end; {@code outcome} null for a censored one
         */
        Builder add(String armId, boolean pilotArm, String sourceBenefit, String office, String band,
                    LocalDate index, LocalDate end, Outcome endOutcome) {
            if (size == indexDay.length) {
                int capacity = size * 2;
                arm = Arrays.copyOf(arm, capacity);
                source = Arrays.copyOf(source, capacity);
                officeGroup = Arrays.copyOf(officeGroup, capacity);
                ageBand = Arrays.copyOf(ageBand, capacity);
                indexDay = Arrays.copyOf(indexDay, capacity);
                endDay = Arrays.copyOf(endDay, capacity);
                outcome = Arrays.copyOf(outcome, capacity);
            }
            Integer a = arms.get(armId);
            if (a == null) {
                a = arms.size();
                arms.put(armId, a);
                pilot.add(pilotArm);
            }
            arm[size] = (byte) (int) a;
            source[size] = (byte) (int) sources.computeIfAbsent(sourceBenefit, s -> sources.size());
            officeGroup[size] = (byte) (int) officeGroups.computeIfAbsent(officeGroupOf(office),
                    g -> officeGroups.size());
            ageBand[size] = (byte) AgeBands.indexOf(band);
            indexDay[size] = (int) index.toEpochDay();
            endDay[size] = end == null ? NO_END : (int) end.toEpochDay();
            outcome[size] = end == null || endOutcome == null ? CENSORED : (byte) endOutcome.ordinal();
            size++;
            if (arms.size() > Byte.MAX_VALUE || sources.size() > Byte.MAX_VALUE
                    || officeGroups.size() > Byte.MAX_VALUE) {
                throw new IllegalStateException("more than 127 arms, sources or office groups");
            }
            return this;
        }

        AnalysisSnapshot build(long version, Instant loadedAt) {
            return new AnalysisSnapshot(this, version, loadedAt);
        }
    }
}

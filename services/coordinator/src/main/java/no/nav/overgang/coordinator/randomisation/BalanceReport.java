package no.nav.overgang.coordinator.randomisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hipparchus.stat.inference.ChiSquareTest;

import no.nav.overgang.coordinator.cases.PilotCase;

/**
 * Counts per arm within each stratum, each with a chi-square goodness-of-fit test against the allocation ratio, and a
 * chi-square test of independence of arm and stratum over the whole cohort. A small p-value says the allocation is
 * less balanced than chance would make it. With fewer than {@value #SMALLEST_TESTED} cases a stratum is counted but
 * not tested: the chi-square approximation needs expected counts of about 5 per arm.
 *
 * @param overall the independence test; null while fewer than two strata or two arms have cases
 */
public record BalanceReport(String method, List<Arm> arms, List<Stratum> strata, Test overall) {

    static final int SMALLEST_TESTED = 15;

    /** @param test null when the stratum has too few cases to test */
    public record Stratum(String stratum, Map<String, Long> perArm, long total, Test test) {
    }

    public record Test(double chiSquare, int degreesOfFreedom, double pValue) {
    }

    public static BalanceReport of(RandomisationProperties properties, List<PilotCase> cohort) {
        List<Arm> arms = properties.arms();
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (PilotCase pilotCase : cohort) {
            counts.computeIfAbsent(pilotCase.stratum(), s -> zeroes(arms)).merge(pilotCase.arm(), 1L, Long::sum);
        }
        ChiSquareTest chiSquare = new ChiSquareTest();
        double[] expectedShare = arms.stream().mapToDouble(a -> (double) a.weight() / properties.totalWeight()).toArray();
        List<Stratum> strata = new ArrayList<>();
        List<long[]> table = new ArrayList<>();
        counts.forEach((stratum, perArm) -> {
            long[] observed = arms.stream().mapToLong(a -> perArm.getOrDefault(a.id(), 0L)).toArray();
            long total = Arrays.stream(observed).sum();
            Test test = null;
            if (total >= SMALLEST_TESTED) {
                double[] expected = Arrays.stream(expectedShare).map(share -> share * total).toArray();
                test = new Test(chiSquare.chiSquare(expected, observed), arms.size() - 1,
                        chiSquare.chiSquareTest(expected, observed));
            }
            strata.add(new Stratum(stratum, perArm, total, test));
            table.add(observed);
        });
        return new BalanceReport(properties.randomisationMethod(), arms, strata, independence(chiSquare, table));
    }

    private static Test independence(ChiSquareTest chiSquare, List<long[]> table) {
        long[][] withCases = table.stream().filter(row -> Arrays.stream(row).sum() > 0).toArray(long[][]::new);
        if (withCases.length < 2) {
            return null;
        }
        int columns = withCases[0].length;
        List<Integer> usedColumns = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            final int column = c;
            if (Arrays.stream(withCases).mapToLong(row -> row[column]).sum() > 0) {
                usedColumns.add(c);
            }
        }
        if (usedColumns.size() < 2) {
            return null;
        }
        long[][] reduced = Arrays.stream(withCases)
                .map(row -> usedColumns.stream().mapToLong(c -> row[c]).toArray()).toArray(long[][]::new);
        return new Test(chiSquare.chiSquare(reduced), (reduced.length - 1) * (usedColumns.size() - 1),
                chiSquare.chiSquareTest(reduced));
    }

    private static Map<String, Long> zeroes(List<Arm> arms) {
        Map<String, Long> zeroes = new LinkedHashMap<>();
        arms.forEach(arm -> zeroes.put(arm.id(), 0L));
        return zeroes;
    }
}

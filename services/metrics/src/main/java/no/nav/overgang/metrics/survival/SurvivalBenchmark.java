package no.nav.overgang.metrics.survival;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times the whole analysis — Kaplan–Meier for both arms with medians, log-rank, stratified log-rank, Cox, RMST —
 * on synthetic cases generated in-process: {@code SurvivalBenchmark [CASES] [RUNS]} (default 1,000,000 and 10,
 * after 5 warm-up runs), once with whole days (many ties) and once with every time distinct. Also times reading
 * the whole-day cases from CSV, as the API does.
 */
public final class SurvivalBenchmark {

    private static final int WARM_UP_RUNS = 5;
    private static final double TAU = 365;

    private SurvivalBenchmark() {
    }

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.printf(Locale.ROOT, "%,d synthetic cases, 2 arms, 4 strata; %d processors, Java %s, max heap %d MB%n",
                cases, Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20);
        SurvivalData days = synthetic(cases, new SplittableRandom(20261122), true);
        SurvivalReport report = time("whole days", days, runs);
        System.out.println(SurvivalCli.table(report));
        time("fractional days (the worst case: every time distinct)",
                synthetic(cases, new SplittableRandom(20261123), false), runs);

        String csv = csv(days);
        long[] parse = new long[Math.max(3, runs / 2)];
        for (int i = 0; i < WARM_UP_RUNS + parse.length; i++) {
            long start = System.nanoTime();
            SurvivalCsv.read(new StringReader(csv));
            if (i >= WARM_UP_RUNS) {
                parse[i - WARM_UP_RUNS] = System.nanoTime() - start;
            }
        }
        print(String.format(Locale.ROOT, "reading the whole-day cases from CSV (%,d bytes)", csv.length()), parse);
    }

    private static SurvivalReport time(String scenario, SurvivalData data, int runs) {
        SurvivalReport report = null;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            report = SurvivalAnalysis.analyse(data, TAU);
        }
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            report = SurvivalAnalysis.analyse(data, TAU);
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        String what = String.format(Locale.ROOT, "whole analysis (KM ×2, log-rank, stratified log-rank, Cox, "
                + "RMST τ=365), %s, %,d distinct times", scenario, distinctTimes(data));
        print(what + ", elapsed", nanos);
        // the analysis runs on this one thread: its CPU time is what the elapsed time would be on an idle machine
        print(what + ", CPU time of the analysing thread", cpuNanos);
        return report;
    }

    /** Pilot clarified a little faster than control; follow-up ends after two years; some move away (censored). */
    static SurvivalData synthetic(int cases, SplittableRandom random, boolean wholeDays) {
        int[] group = new int[cases];
        double[] time = new double[cases];
        boolean[] event = new boolean[cases];
        int[] stratum = new int[cases];
        for (int i = 0; i < cases; i++) {
            group[i] = random.nextInt(2);
            stratum[i] = random.nextInt(4);
            double meanDays = (group[i] == 1 ? 220 : 270) * (1 + 0.15 * stratum[i]);
            double clarified = -Math.log(1 - random.nextDouble()) * meanDays;
            double censored = random.nextDouble() < 0.1 ? random.nextDouble() * 730 : 730;
            if (wholeDays) {
                clarified = Math.ceil(clarified);
                censored = Math.ceil(censored);
            }
            time[i] = Math.min(clarified, censored);
            event[i] = clarified <= censored;
        }
        return SurvivalData.of(List.of("control", "pilot"), group, time, event,
                List.of("SYKEPENGER|east", "SYKEPENGER|west", "AAP|east", "AAP|west"), stratum);
    }

    private static String csv(SurvivalData data) {
        StringBuilder csv = new StringBuilder(data.size() * 32).append("group,time,event,stratum\n");
        for (int i = 0; i < data.size(); i++) {
            csv.append(data.groups().get(data.groupColumn()[i])).append(',').append(data.timeColumn()[i])
                    .append(',').append(data.eventColumn()[i] ? '1' : '0').append(',')
                    .append(data.strata().get(data.stratumColumn()[i])).append('\n');
        }
        return csv.toString();
    }

    private static long distinctTimes(SurvivalData data) {
        return Arrays.stream(data.timeColumn()).distinct().count();
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, min %.1f ms, max %.1f ms over %d runs%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}

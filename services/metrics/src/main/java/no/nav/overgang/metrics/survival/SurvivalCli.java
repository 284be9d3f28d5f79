package no.nav.overgang.metrics.survival;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis of {@code POST /api/analysis/survival} on a CSV file, from the command line:
 * {@code SurvivalCli FILE.csv [--tau DAYS] [--table]}. Prints the same JSON as the API, or with {@code --table} a
 * readable summary. Exit status 2 for unusable input, with the problems on standard error.
 */
public final class SurvivalCli {

    private static final String USAGE = "usage: SurvivalCli FILE.csv [--tau TIME] [--table]";

    private SurvivalCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        Double tau = null;
        boolean table = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tau" -> {
                    if (i + 1 == args.length) {
                        err.println(USAGE);
                        return 2;
                    }
                    try {
                        tau = Double.parseDouble(args[++i]);
                    } catch (NumberFormatException e) {
                        err.println("--tau must be a number");
                        return 2;
                    }
                }
                case "--table" -> table = true;
                default -> {
                    if (file != null || args[i].startsWith("--")) {
                        err.println(USAGE);
                        return 2;
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) {
            err.println(USAGE);
            return 2;
        }
        SurvivalReport report;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = SurvivalAnalysis.analyse(SurvivalCsv.read(reader), tau);
        } catch (NoSuchFileException e) {
            err.println("no such file: " + file);
            return 2;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (InvalidSurvivalInputException e) {
            err.println(file + " cannot be analysed:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return 2;
        }
        out.println(table ? table(report) : JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(report));
        return 0;
    }

    /** The numbers an evaluator reads first, in the layout of R's print methods. */
    static String table(SurvivalReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%-20s %8s %8s %10s %10s %10s%n", "group", "n", "events", "median",
                "lower95", "upper95"));
        for (GroupSurvival g : report.groups()) {
            text.append(String.format(Locale.ROOT, "%-20s %8d %8d %10s %10s %10s%n", g.group(), g.n(), g.events(),
                    number(g.median()), number(g.medianLower()), number(g.medianUpper())));
        }
        if (report.logrank() != null) {
            text.append(test("log-rank", report.logrank()));
        }
        if (report.stratifiedLogrank() != null) {
            text.append(test("stratified log-rank", report.stratifiedLogrank()));
        }
        CoxResult cox = report.cox();
        if (cox != null) {
            text.append(String.format(Locale.ROOT,
                    "Cox (Efron): %s vs %s: coef %.4f, se %.4f, hazard ratio %.4f (95%% CI %.4f to %.4f); "
                            + "likelihood ratio %.4f, Wald %.4f, score %.4f (1 df)%n",
                    report.groups().get(1).group(), report.groups().get(0).group(), cox.coef(), cox.stdErr(),
                    cox.hazardRatio(), cox.lower(), cox.upper(), cox.likelihoodRatio(), cox.wald(), cox.score()));
        }
        RmstResult rmst = report.rmst();
        if (rmst != null) {
            text.append(String.format(Locale.ROOT, "restricted mean time up to %s:%n", number(rmst.tau())));
            for (RmstResult.GroupRmst g : rmst.groups()) {
                text.append(String.format(Locale.ROOT, "  %-18s %10.4f (se %.4f)%n", g.group(), g.rmst(), g.stdErr()));
            }
            if (rmst.difference() != null) {
                text.append(String.format(Locale.ROOT, "  difference %.4f (se %.4f, 95%% CI %.4f to %.4f)%n",
                        rmst.difference(), rmst.differenceStdErr(), rmst.differenceLower(), rmst.differenceUpper()));
            }
        }
        return text.toString().stripTrailing();
    }

    private static String test(String name, TestResult result) {
        String p = result.p() < 1e-15 ? "< 1e-15" : String.format(Locale.ROOT, "= %.4g", result.p());
        return String.format(Locale.ROOT, "%s: chi-square %.4f on %d df, p %s%n", name, result.chiSquare(),
                result.df(), p);
    }

    private static String number(Double value) {
        return value == null ? "NA"
                : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}

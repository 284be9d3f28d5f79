package no.nav.overgang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * What a query costs on the test database, from PostgreSQL's own {@code EXPLAIN (ANALYZE, BUFFERS)}: for tests that
 * a list reads a page from an index and not the whole backlog, whatever the timings of a busy machine.
 */
public final class QueryPlans {

    private static final Pattern ROWS = Pattern.compile("actual time=[0-9.]+\\.\\.[0-9.]+ rows=(\\d+)");

    private QueryPlans() {
    }

    /** The plan of {@code sql} run with {@code args}, one line a node or detail, as {@code EXPLAIN} prints it. */
    public static List<String> explain(DataSource database, String sql, Object... args) {
        try (Connection connection = database.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            for (int i = 0; i < args.length; i++) {
                explain.setObject(i + 1, args[i] instanceof String[] array
                        ? connection.createArrayOf("text", array) : args[i]);
            }
            List<String> plan = new ArrayList<>();
            try (ResultSet lines = explain.executeQuery()) {
                while (lines.next()) {
                    plan.add(lines.getString(1));
                }
            }
            return plan;
        } catch (SQLException e) {
            throw new IllegalStateException("could not explain " + sql, e);
        }
    }

    /**
     * Asserts that no node of the plan reads a table sequentially or yields more than {@code maxRows} rows, and that
     * an index is read; prints the plan, with its timings, for the record.
     */
    public static void assertReadsAtMost(long maxRows, DataSource database, String sql, Object... args) {
        List<String> plan = explain(database, sql, args);
        System.out.println(String.join("\n", plan));
        assertThat(plan).noneMatch(line -> line.contains("Seq Scan"))
                .anyMatch(line -> line.contains("Index Scan") || line.contains("Index Only Scan"));
        assertThat(plan).allSatisfy(line -> {
            Matcher rows = ROWS.matcher(line);
            if (rows.find()) {
                assertThat(Long.parseLong(rows.group(1))).as(line).isLessThanOrEqualTo(maxRows);
            }
        });
    }
}

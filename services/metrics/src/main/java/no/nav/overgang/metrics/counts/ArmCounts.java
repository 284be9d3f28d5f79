package no.nav.overgang.metrics.counts;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import no.nav.overgang.platform.outbox.BeforeCommit;

@Repository
public class ArmCounts {

    private final JdbcTemplate jdbc;
    /**
     * A consumed batch's increments, added up and written just before its transaction commits: a handful of rows
     * that every consumer thread updates are then locked from that write to the commit, not for the whole batch.
     */
    private final BeforeCommit<Row> increments;

    public ArmCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.increments = new BeforeCommit<>(this::write, () -> { });
    }

    /** Counts one more, in the caller's transaction. */
    public void increment(String arm, Measure measure) {
        increments.add(new Row(arm, measure, 1), "arm counts are written inside the transaction of the event");
    }

    private void write(List<Row> rows) {
        // one row per arm and measure, in a fixed order so two transactions never wait for each other in a circle
        java.util.Map<List<String>, Long> sums = new java.util.TreeMap<>(java.util.Comparator
                .comparing((List<String> key) -> key.get(0)).thenComparing(key -> key.get(1)));
        rows.forEach(row -> sums.merge(List.of(row.arm(), row.measure().name()), row.count(), Long::sum));
        jdbc.batchUpdate("""
                INSERT INTO arm_count (arm, measure, count) VALUES (?, ?, ?)
                ON CONFLICT (arm, measure) DO UPDATE SET count = arm_count.count + excluded.count""",
                new java.util.ArrayList<>(sums.entrySet()), sums.size(), (ps, sum) -> {
                    ps.setString(1, sum.getKey().get(0));
                    ps.setString(2, sum.getKey().get(1));
                    ps.setLong(3, sum.getValue());
                });
    }

    public List<Row> all() {
        return jdbc.query("SELECT arm, measure, count FROM arm_count ORDER BY arm, measure",
                (rs, i) -> new Row(rs.getString(1), Measure.valueOf(rs.getString(2)), rs.getLong(3)));
    }

    public record Row(String arm, Measure measure, long count) {
    }
}

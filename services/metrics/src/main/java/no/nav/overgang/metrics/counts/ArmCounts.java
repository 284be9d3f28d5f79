package no.nav.overgang.metrics.counts;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ArmCounts {

    private final JdbcTemplate jdbc;

    public ArmCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void increment(String arm, Measure measure) {
        jdbc.update("""
                INSERT INTO arm_count (arm, measure, count) VALUES (?, ?, 1)
                ON CONFLICT (arm, measure) DO UPDATE SET count = arm_count.count + 1""", arm, measure.name());
    }

    public List<Row> all() {
        return jdbc.query("SELECT arm, measure, count FROM arm_count ORDER BY arm, measure",
                (rs, i) -> new Row(rs.getString(1), Measure.valueOf(rs.getString(2)), rs.getLong(3)));
    }

    public record Row(String arm, Measure measure, long count) {
    }
}

package no.nav.overgang.metrics.dataset;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The analysis dataset's table. Every write is an upsert of the fields one event brings, so the events of a case
 * may arrive in any order; the first end (earliest date) wins, because the clock stops there.
 */
@Repository
public class AnalysisCases {

    private final JdbcTemplate jdbc;

    public AnalysisCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void entered(String caseKey, String sourceBenefit, String office, String stratum, LocalDate indexDate) {
        jdbc.update("""
                INSERT INTO analysis_case (case_key, source_benefit, office, stratum, index_date) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (case_key) DO UPDATE SET source_benefit = EXCLUDED.source_benefit,
                    office = EXCLUDED.office, stratum = EXCLUDED.stratum, index_date = EXCLUDED.index_date""",
                caseKey, sourceBenefit, office, stratum, Date.valueOf(indexDate));
    }

    public void assigned(String caseKey, String arm, boolean pilot) {
        jdbc.update("""
                INSERT INTO analysis_case (case_key, arm, pilot) VALUES (?, ?, ?)
                ON CONFLICT (case_key) DO UPDATE SET arm = EXCLUDED.arm, pilot = EXCLUDED.pilot""",
                caseKey, arm, pilot);
    }

    /** The end events repeat the arm and index date, which fill the row if the earlier events are still to come. */
    public void ended(String caseKey, String arm, LocalDate indexDate, LocalDate endDate, EndType type, String detail) {
        jdbc.update("""
                INSERT INTO analysis_case (case_key, arm, index_date, end_date, end_type, end_detail)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_key) DO UPDATE SET arm = COALESCE(analysis_case.arm, EXCLUDED.arm),
                    index_date = COALESCE(analysis_case.index_date, EXCLUDED.index_date),
                    end_date = EXCLUDED.end_date, end_type = EXCLUDED.end_type, end_detail = EXCLUDED.end_detail
                WHERE analysis_case.end_date IS NULL OR EXCLUDED.end_date < analysis_case.end_date""",
                caseKey, arm, Date.valueOf(indexDate), Date.valueOf(endDate), type.name(), detail);
    }

    public List<AnalysisCase> all() {
        return jdbc.query("""
                SELECT case_key, arm, pilot, source_benefit, office, stratum, index_date, end_date, end_type, end_detail
                FROM analysis_case ORDER BY index_date, case_key""",
                (rs, i) -> new AnalysisCase(rs.getString(1), rs.getString(2), (Boolean) rs.getObject(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), localDate(rs.getDate(7)),
                        localDate(rs.getDate(8)), rs.getString(9) == null ? null : EndType.valueOf(rs.getString(9)),
                        rs.getString(10)));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

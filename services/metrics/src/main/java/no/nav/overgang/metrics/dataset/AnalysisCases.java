package no.nav.overgang.metrics.dataset;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The analysis dataset's table. Every write is an upsert of the fields one event brings, so the events of a case
 * may arrive in any order; the first end (earliest date) wins, because the clock stops there. A transaction that
 * writes raises the dataset's version once ({@code analysis_version}), for the caches that read it.
 */
@Repository
public class AnalysisCases {

    /** Resource key marking a transaction that has raised the version already. */
    private static final Object VERSION_RAISED = new Object();

    private final JdbcTemplate jdbc;

    public AnalysisCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param ageBand the {@code AgeBand} name on the index date, null when unknown */
    public void entered(String caseKey, String sourceBenefit, String office, String stratum, LocalDate indexDate,
                        String ageBand) {
        jdbc.update("""
                INSERT INTO analysis_case (case_key, source_benefit, office, stratum, index_date, age_band)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_key) DO UPDATE SET source_benefit = EXCLUDED.source_benefit,
                    office = EXCLUDED.office, stratum = EXCLUDED.stratum, index_date = EXCLUDED.index_date,
                    age_band = EXCLUDED.age_band""",
                caseKey, sourceBenefit, office, stratum, Date.valueOf(indexDate), ageBand);
        raiseVersion();
    }

    public void assigned(String caseKey, String arm, boolean pilot) {
        jdbc.update("""
                INSERT INTO analysis_case (case_key, arm, pilot) VALUES (?, ?, ?)
                ON CONFLICT (case_key) DO UPDATE SET arm = EXCLUDED.arm, pilot = EXCLUDED.pilot""",
                caseKey, arm, pilot);
        raiseVersion();
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
        raiseVersion();
    }

    /** The dataset's version: raised by every transaction that changed it. */
    public long version() {
        Long version = jdbc.queryForObject("SELECT version FROM analysis_version WHERE id = 1", Long.class);
        return version == null ? 0 : version;
    }

    /**
     * Streams the cases that have entered the cohort and have an arm (the ones an analysis can use), columns arm, pilot,
     * source_benefit, office, index_date, end_date, end_type, end_detail, age_band, without holding them all as objects; read in the caller's transaction.
     */
    public void forEachAnalysable(RowCallbackHandler row) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT arm, pilot, source_benefit, office, index_date, end_date, end_type, end_detail, age_band
                    FROM analysis_case
                    WHERE pilot IS NOT NULL AND source_benefit IS NOT NULL AND index_date IS NOT NULL""");
            statement.setFetchSize(10_000);
            return statement;
        }, row);
    }

    private void raiseVersion() {
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        if (inTransaction && TransactionSynchronizationManager.hasResource(VERSION_RAISED)) {
            return;
        }
        jdbc.update("UPDATE analysis_version SET version = version + 1 WHERE id = 1");
        if (inTransaction) {
            TransactionSynchronizationManager.bindResource(VERSION_RAISED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(VERSION_RAISED);
                }
            });
        }
    }

    public List<AnalysisCase> all() {
        return jdbc.query("""
                SELECT case_key, arm, pilot, source_benefit, office, stratum, index_date, end_date, end_type, end_detail,
                    age_band
                FROM analysis_case ORDER BY index_date, case_key""",
                (rs, i) -> new AnalysisCase(rs.getString(1), rs.getString(2), (Boolean) rs.getObject(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), localDate(rs.getDate(7)),
                        localDate(rs.getDate(8)), rs.getString(9) == null ? null : EndType.valueOf(rs.getString(9)),
                        rs.getString(10), rs.getString(11)));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

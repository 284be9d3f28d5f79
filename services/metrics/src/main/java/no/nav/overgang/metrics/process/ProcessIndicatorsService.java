package no.nav.overgang.metrics.process;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.nav.overgang.metrics.counts.MetricsProperties;
import no.nav.overgang.metrics.process.ProcessIndicators.ArmProcess;
import no.nav.overgang.metrics.process.ProcessIndicators.Attendance;
import no.nav.overgang.metrics.process.ProcessIndicators.Distribution;
import no.nav.overgang.metrics.process.ProcessIndicators.ReasonCount;
import no.nav.overgang.metrics.process.ProcessIndicators.Share;

/**
 * Computes the process indicators from the step times (and the analysis dataset's index dates and strata), in the
 * database: one aggregate query per indicator group, quartiles by PostgreSQL's {@code percentile_cont}. Small cells
 * are suppressed here, so every caller (the API, the dashboard) gets the same safe numbers.
 */
@Service
public class ProcessIndicatorsService {

    private static final Instant NO_LIMIT = Instant.parse("9999-12-31T00:00:00Z");

    /** The cases the filter covers; {@code p} is the step table, {@code a} the case's analysis row. */
    private static final String CASES = """
            (CAST(:sourceBenefit AS TEXT) IS NULL OR a.source_benefit = :sourceBenefit)
            AND (CAST(:officeGroup AS TEXT) IS NULL OR left(a.office, 2) = :officeGroup)
            AND (CAST(:arm AS TEXT) IS NULL OR p.arm = :arm)
            AND (CAST(:ageBand AS TEXT) IS NULL
                 OR a.case_key IS NOT NULL AND coalesce(a.age_band, :unknownAgeBand) = :ageBand)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final int smallest;

    public ProcessIndicatorsService(JdbcTemplate jdbc, MetricsProperties properties) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.smallest = properties.smallestShownCell();
    }

    @Transactional(readOnly = true)
    public ProcessIndicators current(ProcessFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("until", Timestamp.from(filter.asOf() == null ? NO_LIMIT
                        : filter.asOf().plusDays(1).atStartOfDay(ProcessSteps.OSLO).toInstant()))
                .addValue("sourceBenefit", filter.sourceBenefit())
                .addValue("officeGroup", filter.officeGroup())
                .addValue("arm", filter.arm())
                .addValue("ageBand", filter.ageBand())
                .addValue("unknownAgeBand", ProcessFilter.UNKNOWN_AGE_BAND);
        Map<String, Builder> arms = new TreeMap<>();
        jdbc.query("""
                WITH per_case AS (
                    SELECT p.case_key, p.arm,
                        MIN(p.requested_at) FILTER (WHERE p.requested_at < :until) AS requested_at,
                        MIN(p.held_at) FILTER (WHERE p.held_at < :until) AS held_at
                    FROM process_conference p GROUP BY p.case_key, p.arm)
                SELECT p.arm,
                    count(r.days), percentile_cont(ARRAY[0.5, 0.25, 0.75]) WITHIN GROUP (ORDER BY r.days),
                    count(h.days), percentile_cont(ARRAY[0.5, 0.25, 0.75]) WITHIN GROUP (ORDER BY h.days)
                FROM per_case p JOIN analysis_case a ON a.case_key = p.case_key,
                    LATERAL (SELECT (p.requested_at AT TIME ZONE 'Europe/Oslo')::date - a.index_date AS days) r,
                    LATERAL (SELECT (p.held_at AT TIME ZONE 'Europe/Oslo')::date - a.index_date AS days) h
                WHERE a.index_date IS NOT NULL AND\s""" + CASES + " GROUP BY p.arm", params, rs -> {
            Builder arm = arms.computeIfAbsent(rs.getString(1), Builder::new);
            arm.toRequested = distribution(rs.getLong(2), rs.getArray(3));
            arm.toHeld = distribution(rs.getLong(4), rs.getArray(5));
        });
        jdbc.query("""
                SELECT p.arm, count(*), count(*) FILTER (WHERE p.present_nav_office),
                    count(*) FILTER (WHERE p.present_benefits_unit), count(*) FILTER (WHERE p.present_medical_adviser)
                FROM process_conference p LEFT JOIN analysis_case a ON a.case_key = p.case_key
                WHERE p.held_at < :until AND\s""" + CASES + " GROUP BY p.arm", params, rs -> {
            long held = rs.getLong(2);
            arms.computeIfAbsent(rs.getString(1), Builder::new).attendance = new Attendance(count(held),
                    suppressed(held), share(rs.getLong(3), held), share(rs.getLong(4), held),
                    share(rs.getLong(5), held));
        });
        jdbc.query("""
                SELECT p.arm, count(*),
                    count(p.ack_working_days) FILTER (WHERE p.acknowledged_at < :until),
                    percentile_cont(ARRAY[0.5, 0.25, 0.75]) WITHIN GROUP (ORDER BY p.ack_working_days)
                        FILTER (WHERE p.acknowledged_at < :until),
                    count(*) FILTER (WHERE p.acknowledged_at < :until AND p.ack_working_days <= 2),
                    count(*) FILTER (WHERE p.returned_at < :until)
                FROM process_handover p LEFT JOIN analysis_case a ON a.case_key = p.case_key
                WHERE p.created_at < :until AND\s""" + CASES + " GROUP BY p.arm", params, rs -> {
            Builder arm = arms.computeIfAbsent(rs.getString(1), Builder::new);
            long received = rs.getLong(2);
            long acknowledged = rs.getLong(3);
            arm.acknowledgement = distribution(acknowledged, rs.getArray(4));
            arm.withinTarget = share(rs.getLong(5), acknowledged);
            arm.returned = share(rs.getLong(6), received);
        });
        List<ReasonCount> deadLetters = jdbc.query("""
                SELECT reason, count(*) FROM process_dead_letter WHERE occurred_at < :until
                GROUP BY reason ORDER BY reason""", params,
                (rs, i) -> new ReasonCount(rs.getString(1), count(rs.getLong(2)), suppressed(rs.getLong(2))));
        return new ProcessIndicators(filter.asOf(), smallest, arms.values().stream().map(Builder::build).toList(),
                deadLetters);
    }

    private Distribution distribution(long n, Array quartiles) throws SQLException {
        if (suppressed(n)) {
            return new Distribution(null, null, null, null, true);
        }
        if (n == 0 || quartiles == null) {
            return new Distribution(0L, null, null, null, false);
        }
        Double[] q = (Double[]) quartiles.getArray();
        return new Distribution(n, q[0], q[1], q[2], false);
    }

    /** Both the cell and its complement must be 0 or at least the smallest shown cell, and so must the total. */
    private Share share(long count, long of) {
        if (suppressed(of) || suppressed(count) || suppressed(of - count)) {
            return new Share(null, suppressed(of) ? null : of, null, true);
        }
        return new Share(count, of, of == 0 ? null : (double) count / of, false);
    }

    private Long count(long n) {
        return suppressed(n) ? null : n;
    }

    private boolean suppressed(long n) {
        return n > 0 && n < smallest;
    }

    private final class Builder {
        private final String arm;
        private Distribution toRequested = new Distribution(0L, null, null, null, false);
        private Distribution toHeld = new Distribution(0L, null, null, null, false);
        private Attendance attendance;
        private Distribution acknowledgement = new Distribution(0L, null, null, null, false);
        private Share withinTarget = share(0, 0);
        private Share returned = share(0, 0);

        private Builder(String arm) {
            this.arm = arm;
        }

        private ArmProcess build() {
            return new ArmProcess(arm, toRequested, toHeld, attendance == null
                    ? new Attendance(0L, false, share(0, 0), share(0, 0), share(0, 0)) : attendance,
                    acknowledgement, withinTarget, returned);
        }
    }
}

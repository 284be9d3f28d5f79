package no.nav.overgang.coordinator.retention;

import static no.nav.overgang.coordinator.CaseEvents.newCaseKey;
import static no.nav.overgang.coordinator.CaseEvents.week39Notice;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.coordinator.CaseFixture;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.retention.RetentionJob;
import no.nav.overgang.platform.retention.RetentionPolicy;
import no.nav.overgang.platform.retention.RetentionProperties;
import no.nav.overgang.testkit.ServiceTest;

/** The coordinator's retention policy against its real schema: a case that entered the cohort is gone afterwards. */
@ServiceTest
class CoordinatorRetentionTest {

    private static final String PERSON = "31525940023";

    @Autowired
    RetentionPolicy policy;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog audit;

    @RegisterExtension
    final CaseFixture coordinator = new CaseFixture();

    @Test
    void after_the_retention_period_a_case_with_its_national_id_milestones_and_timeline_is_deleted() {
        String caseKey = newCaseKey();
        var notice = week39Notice(caseKey, PERSON);
        coordinator.publish(notice);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("pilot_case", caseKey) == 1);
        assertThat(count("case_milestone", caseKey)).isPositive();
        assertThat(count("case_timeline", caseKey)).isPositive();

        var results = job(LocalDate.of(2028, 7, 1)).runIfDue();

        assertThat(results).isPresent();
        assertThat(count("pilot_case", caseKey)).isZero();
        assertThat(count("case_milestone", caseKey)).isZero();
        assertThat(count("case_timeline", caseKey)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pilot_case WHERE national_id = ?", Integer.class, PERSON))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE nav_ident = ? AND action LIKE ?",
                Integer.class, RetentionJob.SYSTEM_IDENT, "delete pilot cases%")).isPositive();
    }

    private RetentionJob job(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var properties = new RetentionProperties(LocalDate.of(2027, 6, 30), Period.ofMonths(12), Period.ofYears(10),
                Duration.ofHours(6));
        return new RetentionJob(properties, policy, jdbc, transactions, audit, clock);
    }

    private int count(String table, String caseKey) {
        String sql = switch (table) {
            case "pilot_case" -> "SELECT count(*) FROM pilot_case WHERE case_key = ?";
            case "case_milestone" -> "SELECT count(*) FROM case_milestone WHERE case_key = ?";
            case "case_timeline" -> "SELECT count(*) FROM case_timeline WHERE case_key = ?";
            default -> throw new IllegalArgumentException(table);
        };
        return jdbc.queryForObject(sql, Integer.class, caseKey);
    }
}

package no.nav.overgang.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;
import no.nav.overgang.platform.testapp.TestEvents;
import no.nav.overgang.testkit.ServiceTest;

@ServiceTest
class RetentionJobTest {

    private static final LocalDate PILOT_ENDS = LocalDate.of(2027, 6, 30);

    @Autowired
    RetentionPolicy policy;

    @Autowired
    RetentionJob configuredJob;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog audit;

    @Test
    void before_the_period_after_the_pilot_has_run_out_nothing_is_touched() {
        String caseKey = person("15436840087");

        assertThat(job(LocalDate.of(2028, 6, 30)).runIfDue()).isEmpty();

        assertThat(nationalId(caseKey)).isEqualTo("15436840087");
        assertThat(notes(caseKey)).isEqualTo(1);
    }

    @Test
    void from_the_day_after_the_period_person_level_data_is_deleted_or_pseudonymised_and_that_is_audited() {
        String caseKey = person("31525940023");

        var results = job(LocalDate.of(2028, 7, 1)).runIfDue();

        assertThat(results).hasValueSatisfying(steps -> assertThat(steps).extracting(RetentionJob.StepResult::description)
                .containsExactly("delete notes about persons", "pseudonymise persons: national id removed"));
        assertThat(nationalId(caseKey)).isNull();
        assertThat(notes(caseKey)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE nav_ident = ? AND rule LIKE ?",
                Integer.class, RetentionJob.SYSTEM_IDENT, "retention: pilot ended 2027-06-30, kept for P12M"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void running_it_again_finds_nothing_more_and_leaves_the_audit_log_alone() {
        String caseKey = person("02447140090");
        audit.record(new AuditEntry(new NavUser("Z990001", "Z990001", Set.of(Role.NAV_OFFICE_ADVISER), Set.of()),
                caseKey, "02447140090", "read conference", "GET /api/conferences/{id}", AuditEntry.Decision.PERMIT,
                "office adviser"));
        RetentionJob job = job(LocalDate.of(2029, 1, 1));
        job.runIfDue();

        var again = job.runIfDue();

        assertThat(again).hasValueSatisfying(steps -> assertThat(steps).allSatisfy(step -> assertThat(step.rows()).isZero()));
        assertThat(audit.forCase(caseKey)).as("the audit log keeps its records for its own period").hasSize(1);
    }

    @Test
    void without_a_pilot_end_the_configured_job_never_runs() {
        assertThat(configuredJob.runIfDue()).isEmpty();
        assertThat(configuredJob.isRunning()).isFalse();
    }

    private RetentionJob job(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var properties = new RetentionProperties(PILOT_ENDS, Period.ofMonths(12), Period.ofYears(10),
                java.time.Duration.ofHours(6));
        return new RetentionJob(properties, policy, jdbc, transactions, audit, clock);
    }

    private String person(String nationalId) {
        String caseKey = TestEvents.newCaseKey();
        jdbc.update("INSERT INTO test_person (case_key, national_id) VALUES (?, ?)", caseKey, nationalId);
        jdbc.update("INSERT INTO test_person_note (case_key, note) VALUES (?, 'advice given')", caseKey);
        return caseKey;
    }

    private String nationalId(String caseKey) {
        return jdbc.queryForObject("SELECT national_id FROM test_person WHERE case_key = ?", String.class, caseKey);
    }

    private int notes(String caseKey) {
        return jdbc.queryForObject("SELECT count(*) FROM test_person_note WHERE case_key = ?", Integer.class, caseKey);
    }
}

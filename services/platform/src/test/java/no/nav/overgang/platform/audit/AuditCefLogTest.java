package no.nav.overgang.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.read.ListAppender;
import no.nav.overgang.platform.audit.AuditEntry.Decision;
import no.nav.overgang.platform.security.NavUser;
import no.nav.overgang.platform.security.Role;
import no.nav.overgang.platform.testapp.TestEvents;
import no.nav.overgang.testkit.ServiceTest;

/** The audit record and the change it records commit together; the CEF line follows the commit, in its own log. */
@ServiceTest
class AuditCefLogTest {

    private static final NavUser CASEWORKER = new NavUser("Z990010", "Z990010", Set.of(Role.BENEFITS_CASEWORKER),
            Set.of("4402"));

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final ListAppender<ILoggingEvent> cefLines = new ListAppender<>();
    private final ListAppender<ILoggingEvent> ordinaryLines = new ListAppender<>();
    private Logger cefLogger;
    private Logger root;

    @BeforeEach
    void capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        cefLogger = context.getLogger(AuditLog.CEF_LOGGER);
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        cefLines.start();
        ordinaryLines.start();
        cefLogger.addAppender(cefLines);
        root.addAppender(ordinaryLines);
    }

    @AfterEach
    void release() {
        cefLogger.detachAppender(cefLines);
        root.detachAppender(ordinaryLines);
    }

    @Test
    void a_change_and_its_audit_record_commit_together_and_the_cef_line_follows_the_commit() {
        String caseKey = TestEvents.newCaseKey();

        transactions.executeWithoutResult(status -> {
            changeAndAudit(caseKey);
            assertThat(cefLines.list).as("no CEF line before the commit").isEmpty();
        });

        assertThat(changes(caseKey)).isEqualTo(1);
        assertThat(auditLog.forCase(caseKey)).hasSize(1);
        assertThat(cefLines.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .startsWith("CEF:0|overgang|overgang-platformtest|1.0|audit:update|Sporingslogg|INFO|")
                .contains(" suid=Z990010 ", " duid=" + caseKey + " ", " flexString1=Permit "));
        assertThat(ordinaryLines.list).as("the CEF line stays out of the ordinary log")
                .noneMatch(event -> event.getFormattedMessage().contains(caseKey));
    }

    @Test
    void when_the_change_rolls_back_its_audit_record_and_cef_line_go_with_it() {
        String caseKey = TestEvents.newCaseKey();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            changeAndAudit(caseKey);
            throw new IllegalStateException("the change fails after it was audited");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(changes(caseKey)).isZero();
        assertThat(auditLog.forCase(caseKey)).isEmpty();
        assertThat(cefLines.list).noneMatch(event -> event.getFormattedMessage().contains(caseKey));
    }

    @Test
    void the_cef_logger_has_its_own_file_and_does_not_pass_lines_to_the_ordinary_log() throws Exception {
        assertThat(cefLogger.isAdditive()).isFalse();
        FileAppender<?> file = (FileAppender<?>) cefLogger.getAppender("AUDIT_CEF");
        assertThat(file).isNotNull();
        String caseKey = TestEvents.newCaseKey();

        auditLog.record(new AuditEntry(CASEWORKER, caseKey, null, "read handover", "GET /api/handovers/{id}",
                Decision.PERMIT, "caseworker at the receiving unit"));

        Path path = Path.of(file.getFile());
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Files.readString(path, StandardCharsets.UTF_8)).contains("cs6=" + caseKey));
    }

    private void changeAndAudit(String caseKey) {
        jdbc.update("INSERT INTO handled_event (event_id, case_key, occurred_at) VALUES (gen_random_uuid(), ?, now())",
                caseKey);
        auditLog.record(new AuditEntry(CASEWORKER, caseKey, null, "claim handover", "POST /api/handovers/{id}/claim",
                Decision.PERMIT, "caseworker at the receiving unit"));
    }

    private int changes(String caseKey) {
        return jdbc.queryForObject("SELECT count(*) FROM handled_event WHERE case_key = ?", Integer.class, caseKey);
    }
}

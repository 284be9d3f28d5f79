package no.nav.overgang.platform.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.security.NavUser;

/**
 * The retention job (sletting etter oppbevaringstid): from the day {@link RetentionProperties#deleteFrom()} it runs
 * the service's {@link RetentionPolicy} — deletes or irreversibly pseudonymises person-level data — in one
 * transaction, and records what it did in the audit log as the system user {@value #SYSTEM_IDENT}. It checks at
 * start and every {@code overgang.retention.check-every}; the statements are idempotent, so later runs remove what
 * arrived late and otherwise find nothing. Dates are Norwegian calendar days on the wall clock, not business time:
 * retention is about the real world, not about replayed history.
 * <p>
 * The audit log is never touched: it is append-only (database triggers) and kept for its own period
 * ({@code audit-log-keep-for}); the job only reports how many audit records are past it, for the privileged,
 * documented removal in docs/PRIVACY.md.
 */
public class RetentionJob implements SmartLifecycle {

    public static final String SYSTEM_IDENT = "overgang-retention";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final NavUser SYSTEM = new NavUser(SYSTEM_IDENT, "retention job", Set.of(), Set.of());

    private final RetentionProperties properties;
    private final RetentionPolicy policy;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public RetentionJob(RetentionProperties properties, RetentionPolicy policy, JdbcTemplate jdbc,
                        TransactionTemplate transactions, AuditLog audit, Clock clock) {
        this.properties = properties;
        this.policy = policy;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs the policy when it is due; the rows each step touched, or empty when it is not due. */
    public Optional<List<StepResult>> runIfDue() {
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        Optional<LocalDate> due = properties.deleteFrom();
        if (due.isEmpty() || today.isBefore(due.get())) {
            return Optional.empty();
        }
        String rule = "retention: pilot ended " + properties.pilotEndsOn() + ", kept for " + properties.keepFor();
        List<StepResult> results = transactions.execute(status -> {
            List<StepResult> done = new ArrayList<>();
            for (RetentionPolicy.Step step : policy.steps()) {
                int rows = jdbc.update(step.sql());
                done.add(new StepResult(step.description(), rows));
                if (rows > 0) {
                    audit.record(new AuditEntry(SYSTEM, null, null, step.description() + " (" + rows + " rows)",
                            "retention job", AuditEntry.Decision.PERMIT, rule));
                }
            }
            return done;
        });
        results.stream().filter(r -> r.rows() > 0)
                .forEach(r -> log.info("retention: {}: {} rows", r.description(), r.rows()));
        reportAuditRecordsPastTheirPeriod(today);
        return Optional.of(results);
    }

    private void reportAuditRecordsPastTheirPeriod(LocalDate today) {
        Timestamp before = Timestamp.from(today.minus(properties.auditLogKeepFor()).atStartOfDay(OSLO).toInstant());
        Long due = jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE logged_at < ?", Long.class, before);
        if (due != null && due > 0) {
            log.warn("retention: {} audit records are older than {}; they are removed only by the privileged "
                    + "procedure in docs/PRIVACY.md, never by the application", due, properties.auditLogKeepFor());
        }
    }

    @Override
    public synchronized void start() {
        if (properties.deleteFrom().isEmpty() || policy.steps().isEmpty()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("overgang-retention")
                .daemon().factory());
        long every = properties.checkEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::runQuietly, 0, every, TimeUnit.MILLISECONDS);
        log.info("retention: person-level data is deleted from {} on", properties.deleteFrom().get());
    }

    private void runQuietly() {
        try {
            runIfDue();
        } catch (RuntimeException e) {
            log.error("retention run failed; it is tried again in {}", properties.checkEvery(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** What one step did. */
    public record StepResult(String description, int rows) {
    }
}

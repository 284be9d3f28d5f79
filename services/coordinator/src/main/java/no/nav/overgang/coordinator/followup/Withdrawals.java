package no.nav.overgang.coordinator.followup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.nav.overgang.coordinator.cases.CaseRepository;
import no.nav.overgang.coordinator.cases.PilotCase;
import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.web.ConflictException;
import no.nav.overgang.platform.web.NotFoundException;

/**
 * A pilot administrator withdraws an open case from follow-up: censored ({@code WITHDRAWN}) at business time, with the
 * rule, the facts and a sentence like every other end, announced through the outbox and audit-logged. The note stays
 * in the timeline, never on a topic.
 */
@Service
public class Withdrawals {

    private final CaseRepository cases;
    private final CaseProgress progress;
    private final EndRules endRules;
    private final BusinessClock clock;
    private final AuditLog audit;

    public Withdrawals(CaseRepository cases, CaseProgress progress, EndRules endRules, BusinessClock clock,
                       AuditLog audit) {
        this.cases = cases;
        this.progress = progress;
        this.endRules = endRules;
        this.clock = clock;
        this.audit = audit;
    }

    /** @param resource what was asked for, for the audit record, e.g. "POST /api/cases/{caseKey}/withdrawal" */
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    @Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class})
    public PilotCase withdraw(String caseKey, WithdrawalReason reason, String note, String resource) {
        audit.record(new AuditEntry(CurrentUser.get(), caseKey, null, "withdraw case from follow-up", resource,
                AuditEntry.Decision.PERMIT, "pilot administrator"));
        cases.lockKey(caseKey);
        PilotCase pilotCase = cases.lock(caseKey)
                .orElseThrow(() -> new NotFoundException("no case " + caseKey + " in the cohort"));
        if (pilotCase.state().ended()) {
            throw new ConflictException("the case has already ended (%s, %s on %s); an end is final".formatted(
                    pilotCase.state(), pilotCase.end().kind(), PilotCase.date(pilotCase.end().at())));
        }
        // business time, but never before the case entered: an end cannot precede entry
        Instant now = clock.now();
        Instant at = now.isBefore(pilotCase.enteredAt()) ? pilotCase.enteredAt() : now;
        UUID id = UUID.nameUUIDFromBytes(("withdrawal|" + caseKey).getBytes(StandardCharsets.UTF_8));
        Cause cause = new Cause(id, pilotCase.entryEventId() != null ? pilotCase.entryEventId() : id, at, null);
        if (note != null && !note.isBlank()) {
            progress.note(pilotCase, cause, "WITHDRAWAL_NOTE", true, Map.of("reason", reason.name()), note.strip());
        }
        progress.end(pilotCase, endRules.withdrawn(at, reason), cause);
        return cases.find(caseKey).orElseThrow();
    }
}

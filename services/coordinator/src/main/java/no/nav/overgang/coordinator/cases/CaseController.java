package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.web.NotFoundException;

/**
 * One case's timeline for pilot administrators: entry, arm, conference steps, escalations, end, and every refused
 * move, each with its explanation. Person data, so every read is audit-logged; still no national id.
 */
@RestController
public class CaseController {

    private final CaseRepository cases;
    private final AuditLog audit;
    private final BusinessClock clock;

    public CaseController(CaseRepository cases, AuditLog audit, BusinessClock clock) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/cases/{caseKey}")
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    @Transactional
    public CaseView caseTimeline(@PathVariable String caseKey) {
        audit.record(new AuditEntry(CurrentUser.get(), caseKey, null, "read case timeline", "GET /api/cases/{caseKey}",
                AuditEntry.Decision.PERMIT, "pilot administrator"));
        PilotCase c = cases.find(caseKey).orElseThrow(() -> new NotFoundException("no case " + caseKey + " in the cohort"));
        return new CaseView(c.caseKey(), c.office(), c.sourceBenefit().name(), c.stratum(), c.arm(), c.method(),
                c.methodVersion(), c.state(), c.indexDate(), c.daysSinceIndex(clock.now()), c.escalatedAt(),
                cases.milestones(caseKey).stream().map(m -> new MilestoneRow(m.milestone(), m.sourceSystem().name(),
                        m.office(), PilotCase.date(m.occurredAt()))).toList(),
                cases.timeline(caseKey).stream().map(e -> new TimelineRow(e.occurredAt(), e.step(), e.applied(),
                        e.stateAfter(), e.ruleId(), e.ruleVersion(), e.facts(), e.explanation())).toList());
    }

    public record CaseView(String caseKey, String office, String sourceBenefit, String stratum, String arm,
                           String method, int methodVersion, CaseState state, LocalDate indexDate, long daysSinceIndex,
                           Instant escalatedAt, List<MilestoneRow> milestones, List<TimelineRow> timeline) {
    }

    public record MilestoneRow(MilestoneType milestone, String source, String office, LocalDate on) {
    }

    public record TimelineRow(Instant occurredAt, String step, boolean applied, CaseState stateAfter, String ruleId,
                              Integer ruleVersion, Map<String, String> facts, String explanation) {
    }
}

package no.nav.overgang.coordinator.cases;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.nav.overgang.coordinator.cases.CaseController.CaseView;
import no.nav.overgang.coordinator.cases.CaseController.MilestoneRow;
import no.nav.overgang.coordinator.cases.CaseController.TimelineRow;
import no.nav.overgang.platform.audit.AuditEntry;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.web.NotFoundException;

/**
 * Reads one case's timeline for a pilot administrator, for the API and the pages alike. Person data, so every read is
 * audit-logged with the resource it came through; still no national id.
 */
@Service
public class CaseTimelines {

    private final CaseRepository cases;
    private final AuditLog audit;
    private final BusinessClock clock;

    public CaseTimelines(CaseRepository cases, AuditLog audit, BusinessClock clock) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param resource what was asked for, for the audit record, e.g. "GET /api/cases/{caseKey}" */
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    @Transactional
    public CaseView read(String caseKey, String resource) {
        audit.record(new AuditEntry(CurrentUser.get(), caseKey, null, "read case timeline", resource,
                AuditEntry.Decision.PERMIT, "pilot administrator"));
        PilotCase c = cases.find(caseKey).orElseThrow(() -> new NotFoundException("no case " + caseKey + " in the cohort"));
        return new CaseView(c.caseKey(), c.office(), c.sourceBenefit().name(), c.stratum(), c.arm(), c.method(),
                c.methodVersion(), c.state(), c.indexDate(), c.daysSinceIndex(clock.now()), c.escalatedAt(),
                cases.milestones(caseKey).stream().map(m -> new MilestoneRow(m.milestone(), m.sourceSystem().name(),
                        m.office(), PilotCase.date(m.occurredAt()))).toList(),
                cases.timeline(caseKey).stream().map(e -> new TimelineRow(e.occurredAt(), e.step(), e.applied(),
                        e.stateAfter(), e.ruleId(), e.ruleVersion(), e.facts(), e.explanation())).toList());
    }
}

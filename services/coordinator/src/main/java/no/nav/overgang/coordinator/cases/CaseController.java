package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.events.payload.MilestoneType;

/**
 * One case's timeline for pilot administrators: entry, arm, conference steps, escalations, end, and every refused
 * move, each with its explanation. Person data, so every read is audit-logged; still no national id.
 */
@RestController
public class CaseController {

    private final CaseTimelines timelines;

    public CaseController(CaseTimelines timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/api/cases/{caseKey}")
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    public CaseView caseTimeline(@PathVariable String caseKey) {
        return timelines.read(caseKey, "GET /api/cases/{caseKey}");
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

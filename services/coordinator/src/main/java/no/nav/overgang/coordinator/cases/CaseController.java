package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.coordinator.followup.WithdrawalReason;
import no.nav.overgang.coordinator.followup.Withdrawals;
import no.nav.overgang.events.payload.MilestoneType;

/**
 * One case's timeline for pilot administrators: entry, arm, conference steps, escalations, end, and every refused
 * move, each with its explanation. Person data, so every read is audit-logged; still no national id. And the
 * administrator's withdrawal of a case from follow-up.
 */
@RestController
public class CaseController {

    private final CaseTimelines timelines;
    private final Withdrawals withdrawals;

    public CaseController(CaseTimelines timelines, Withdrawals withdrawals) {
        this.timelines = timelines;
        this.withdrawals = withdrawals;
    }

    @GetMapping("/api/cases/{caseKey}")
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    public CaseView caseTimeline(@PathVariable String caseKey) {
        return timelines.read(caseKey, "GET /api/cases/{caseKey}");
    }

    /** Censors the open case as withdrawn; 404 for a case not in the cohort, 409 for one that has already ended. */
    @PostMapping("/api/cases/{caseKey}/withdrawal")
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    public Withdrawn withdraw(@PathVariable String caseKey, @Valid @RequestBody Withdrawal withdrawal) {
        PilotCase withdrawn = withdrawals.withdraw(caseKey, withdrawal.reason(), withdrawal.note(),
                "POST /api/cases/{caseKey}/withdrawal");
        return new Withdrawn(caseKey, withdrawn.state(), PilotCase.date(withdrawn.end().at()),
                withdrawn.end().ruleId(), withdrawn.end().explanation());
    }

    /** @param note free text for the timeline only (it may name the person); never published */
    public record Withdrawal(@NotNull WithdrawalReason reason, @Size(max = 1000) String note) {
    }

    public record Withdrawn(String caseKey, CaseState state, LocalDate censoredOn, String ruleId, String explanation) {
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

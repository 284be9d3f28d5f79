package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.platform.clock.BusinessClock;

/** The cohort for pilot administrators: pseudonymous, no national ids. Days count in business time. */
@RestController
@RequestMapping("/api/cohort")
public class CohortController {

    private final CaseRepository cases;
    private final BusinessClock clock;

    public CohortController(CaseRepository cases, BusinessClock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    public List<CohortRow> cohort(@RequestParam(defaultValue = "200") int limit) {
        Instant now = clock.now();
        return cases.cohort(Math.clamp(limit, 1, 1000)).stream()
                .map(c -> new CohortRow(c.caseKey(), c.office(), c.arm(), c.state(), c.indexDate(),
                        c.daysSinceIndex(now), c.ruleId(), c.ruleVersion(), c.explanation(),
                        c.end() == null ? null : c.end().kind()))
                .toList();
    }

    /**
     * @param daysSinceIndex days from the index date to the end of follow-up, or to business time while open
     * @param ended          the outcome, competing event or censoring reason; null while open
     */
    public record CohortRow(String caseKey, String office, String arm, CaseState state, LocalDate indexDate,
                            long daysSinceIndex, String ruleId, int ruleVersion, String explanation, String ended) {
    }
}

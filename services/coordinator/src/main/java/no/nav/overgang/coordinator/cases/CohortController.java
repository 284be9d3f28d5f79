package no.nav.overgang.coordinator.cases;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cohort for pilot administrators: pseudonymous, no national ids. */
@RestController
@RequestMapping("/api/cohort")
public class CohortController {

    private final CaseRepository cases;

    public CohortController(CaseRepository cases) {
        this.cases = cases;
    }

    @GetMapping
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    public List<CohortRow> cohort(@RequestParam(defaultValue = "200") int limit) {
        return cases.cohort(Math.clamp(limit, 1, 1000)).stream()
                .map(c -> new CohortRow(c.caseKey(), c.office(), c.arm(), c.state(), c.indexDate(), c.ruleId(),
                        c.ruleVersion(), c.explanation()))
                .toList();
    }

    public record CohortRow(String caseKey, String office, String arm, CaseState state, LocalDate indexDate,
                            String ruleId, int ruleVersion, String explanation) {
    }
}

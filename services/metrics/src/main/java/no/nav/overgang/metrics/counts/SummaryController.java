package no.nav.overgang.metrics.counts;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.security.Role;

/**
 * Counts per arm. Evaluators get small cells suppressed ({@code count} null, {@code suppressed} true); pilot
 * administrators, who run the pilot and see its cohort anyway, get exact counts.
 */
@RestController
@RequestMapping("/api/metrics")
public class SummaryController {

    private final ArmCounts counts;
    private final MetricsProperties properties;

    public SummaryController(ArmCounts counts, MetricsProperties properties) {
        this.counts = counts;
        this.properties = properties;
    }

    @GetMapping("/summary")
    @PreAuthorize("hasAnyRole('EVALUATOR', 'PILOT_ADMIN')")
    public List<Cell> summary() {
        boolean exact = CurrentUser.get().has(Role.PILOT_ADMIN);
        return counts.all().stream()
                .map(row -> exact || row.count() >= properties.smallestShownCell()
                        ? new Cell(row.arm(), row.measure(), row.count(), false)
                        : new Cell(row.arm(), row.measure(), null, true))
                .toList();
    }

    public record Cell(String arm, Measure measure, Long count, boolean suppressed) {
    }
}

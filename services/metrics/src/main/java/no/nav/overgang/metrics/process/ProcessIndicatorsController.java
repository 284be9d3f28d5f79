package no.nav.overgang.metrics.process;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The process indicators per arm, with small cells suppressed; never per employee, never per person. */
@RestController
@RequestMapping("/api/metrics")
public class ProcessIndicatorsController {

    private final ProcessIndicatorsService indicators;

    public ProcessIndicatorsController(ProcessIndicatorsService indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/process")
    @PreAuthorize("hasAnyRole('EVALUATOR', 'STATISTICIAN', 'PILOT_ADMIN')")
    public ProcessIndicators process(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String sourceBenefit,
            @RequestParam(required = false) String officeGroup,
            @RequestParam(required = false) String arm,
            @RequestParam(required = false) String ageBand) {
        return indicators.current(new ProcessFilter(asOf, sourceBenefit, officeGroup, arm, ageBand));
    }
}

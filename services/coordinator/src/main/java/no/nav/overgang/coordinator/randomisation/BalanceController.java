package no.nav.overgang.coordinator.randomisation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.coordinator.cases.CaseRepository;

/** The balance report for pilot administrators: counts only, no case keys. */
@RestController
public class BalanceController {

    private final CaseRepository cases;
    private final RandomisationProperties properties;

    public BalanceController(CaseRepository cases, RandomisationProperties properties) {
        this.cases = cases;
        this.properties = properties;
    }

    @GetMapping("/api/balance")
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    public BalanceReport balance() {
        return BalanceReport.of(properties, cases.all());
    }
}

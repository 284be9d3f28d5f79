package no.nav.overgang.coordinator.cases;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.coordinator.cohort.RuleProperties;
import no.nav.overgang.coordinator.followup.PilotProperties;
import no.nav.overgang.coordinator.randomisation.Arm;
import no.nav.overgang.coordinator.randomisation.RandomisationProperties;

/** The rule and arm configuration in force, for pilot administrators. Never the salt. */
@RestController
public class ConfigurationController {

    private final RuleProperties rules;
    private final RandomisationProperties randomisation;
    private final PilotProperties pilot;

    public ConfigurationController(RuleProperties rules, RandomisationProperties randomisation, PilotProperties pilot) {
        this.rules = rules;
        this.randomisation = randomisation;
        this.pilot = pilot;
    }

    @GetMapping("/api/configuration")
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    public Configuration configuration() {
        return new Configuration(rules, randomisation.arms(), randomisation.randomisationMethod(), pilot.offices(),
                pilot.followUpEndsOn(), pilot.conferenceDeadlineWorkingDays(), pilot.conferenceRerequestWorkingDays(),
                pilot.conferenceRequestsPerCase());
    }

    /** @param pilotOffices empty: every office takes part */
    public record Configuration(RuleProperties rules, List<Arm> arms, String randomisationMethod,
                                List<String> pilotOffices, LocalDate followUpEndsOn,
                                int conferenceDeadlineWorkingDays, int conferenceRerequestWorkingDays,
                                int conferenceRequestsPerCase) {
    }
}

package no.nav.overgang.coordinator.retention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.nav.overgang.platform.retention.RetentionPolicy;
import no.nav.overgang.platform.retention.RetentionPolicy.Step;

/**
 * What the coordinator deletes when the retention period after the pilot has run out (docs/PRIVACY.md): every case
 * with its national id, milestones, timeline and early conference events. Kept: the rule versions and the count of
 * allocations per stratum, which name nobody.
 */
@Configuration(proxyBeanMethods = false)
public class CoordinatorRetention {

    @Bean
    RetentionPolicy retentionPolicy() {
        return RetentionPolicy.of(
                new Step("delete case timelines", "DELETE FROM case_timeline"),
                new Step("delete case milestones", "DELETE FROM case_milestone"),
                new Step("delete early conference events", "DELETE FROM early_conference_event"),
                new Step("delete pilot cases (national id, facts, arm, state)", "DELETE FROM pilot_case"));
    }
}

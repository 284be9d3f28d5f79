package no.nav.overgang.intake.retention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.nav.overgang.platform.retention.RetentionPolicy;
import no.nav.overgang.platform.retention.RetentionPolicy.Step;

/**
 * What the intake deletes when the retention period after the pilot has run out (docs/PRIVACY.md): dead letters,
 * whose originals may carry national ids, and the record of received milestones (source references and content
 * hashes, kept only to recognise duplicates).
 */
@Configuration(proxyBeanMethods = false)
public class IntakeRetention {

    @Bean
    RetentionPolicy retentionPolicy() {
        return RetentionPolicy.of(
                new Step("delete dead letters (rejected input as it came)", "DELETE FROM dead_letter"),
                new Step("delete received milestones (duplicate detection)", "DELETE FROM received_milestone"));
    }
}

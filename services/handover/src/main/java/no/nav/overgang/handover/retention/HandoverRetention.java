package no.nav.overgang.handover.retention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.nav.overgang.platform.retention.RetentionPolicy;
import no.nav.overgang.platform.retention.RetentionPolicy.Step;

/** What the handover service deletes when the retention period after the pilot has run out (docs/PRIVACY.md). */
@Configuration(proxyBeanMethods = false)
public class HandoverRetention {

    @Bean
    RetentionPolicy retentionPolicy() {
        return RetentionPolicy.of(
                new Step("delete handover packages (plan, advice, assessment, case history)", "DELETE FROM handover"));
    }
}

package no.nav.overgang.metrics.retention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.nav.overgang.platform.retention.RetentionPolicy;
import no.nav.overgang.platform.retention.RetentionPolicy.Step;

/**
 * What the metrics service does when the retention period after the pilot has run out (docs/PRIVACY.md): the
 * analysis dataset stays for the evaluation, but each case key is replaced by a random one, so no row can be linked
 * to a person any more, not even with the pseudonymisation secret (irreversible pseudonymisation). The counts per
 * arm name nobody and stay.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsRetention {

    @Bean
    RetentionPolicy retentionPolicy() {
        return RetentionPolicy.of(new Step("pseudonymise the analysis dataset: case keys replaced by random ids",
                "UPDATE analysis_case SET case_key = 'anon-' || gen_random_uuid() WHERE case_key NOT LIKE 'anon-%'"));
    }
}

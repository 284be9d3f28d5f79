package no.nav.overgang.platform.testapp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.nav.overgang.platform.retention.RetentionPolicy;
import no.nav.overgang.platform.retention.RetentionPolicy.Step;

/** The test service's retention policy: notes are deleted, national ids are removed from the persons. */
@Configuration(proxyBeanMethods = false)
public class TestRetention {

    @Bean
    RetentionPolicy retentionPolicy() {
        return RetentionPolicy.of(
                new Step("delete notes about persons", "DELETE FROM test_person_note"),
                new Step("pseudonymise persons: national id removed",
                        "UPDATE test_person SET national_id = NULL WHERE national_id IS NOT NULL"));
    }
}

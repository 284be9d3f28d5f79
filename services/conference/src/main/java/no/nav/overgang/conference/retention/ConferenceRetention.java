package no.nav.overgang.conference.retention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.nav.overgang.platform.retention.RetentionPolicy;
import no.nav.overgang.platform.retention.RetentionPolicy.Step;

/**
 * What the conference service deletes when the retention period after the pilot has run out (docs/PRIVACY.md):
 * every conference with its national id, invitations, availability, the medical adviser's advice, the § 12-5
 * assessment and the case history. Children first, for the foreign keys.
 */
@Configuration(proxyBeanMethods = false)
public class ConferenceRetention {

    @Bean
    RetentionPolicy retentionPolicy() {
        return RetentionPolicy.of(
                new Step("delete participant availability", "DELETE FROM participant_availability"),
                new Step("delete medical advice (health data)", "DELETE FROM conference_advice"),
                new Step("delete § 12-5 measures assessments", "DELETE FROM measures_assessment"),
                new Step("delete conference invitations", "DELETE FROM conference_invitation"),
                new Step("delete case histories", "DELETE FROM case_history"),
                new Step("delete the record of non-pilot cases", "DELETE FROM non_pilot_case"),
                new Step("delete conferences (national id, outcome)", "DELETE FROM conference"));
    }
}

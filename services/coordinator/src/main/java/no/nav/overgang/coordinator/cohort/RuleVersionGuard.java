package no.nav.overgang.coordinator.cohort;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the rule settings changed but their version did not: cases already judged by a version must
 * keep meaning what that version said. The first start with a version records its settings. Runs before the
 * consumers start, so no milestone is judged by unrecorded settings.
 */
@Component
public class RuleVersionGuard implements InitializingBean {

    private final JdbcTemplate jdbc;
    private final RuleProperties rules;

    public RuleVersionGuard(JdbcTemplate jdbc, RuleProperties rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    @Override
    public void afterPropertiesSet() {
        jdbc.update("INSERT INTO rule_version (version, settings) VALUES (?, ?) ON CONFLICT (version) DO NOTHING",
                rules.version(), rules.settings());
        String recorded = jdbc.queryForObject("SELECT settings FROM rule_version WHERE version = ?", String.class,
                rules.version());
        if (!rules.settings().equals(recorded)) {
            throw new IllegalStateException(("rule version %d was recorded with other settings (%s) than configured "
                    + "now (%s); set overgang.coordinator.rules.version to a new number when changing a rule")
                    .formatted(rules.version(), recorded, rules.settings()));
        }
    }
}

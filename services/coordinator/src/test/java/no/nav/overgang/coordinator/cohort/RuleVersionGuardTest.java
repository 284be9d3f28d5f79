package no.nav.overgang.coordinator.cohort;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.nav.overgang.testkit.ServiceTest;

/** A rule version stands for fixed settings: changing a setting without a new version stops the coordinator. */
@ServiceTest
class RuleVersionGuardTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuleProperties running;

    @Test
    void the_running_settings_are_recorded_under_their_version() {
        assertThatCode(() -> new RuleVersionGuard(jdbc, running).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void changed_settings_under_the_same_version_are_refused() {
        var changed = new RuleProperties(running.version(), true, 50, true, 6, Set.of("11-18"), true, true);

        assertThatThrownBy(() -> new RuleVersionGuard(jdbc, changed).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule version " + running.version() + " was recorded with other settings")
                .hasMessageContaining("set overgang.coordinator.rules.version to a new number");
    }

    @Test
    void changed_settings_under_a_new_version_are_recorded() {
        var next = new RuleProperties(99, true, 50, true, 6, Set.of("11-18"), true, true);

        assertThatCode(() -> new RuleVersionGuard(jdbc, next).afterPropertiesSet()).doesNotThrowAnyException();
    }
}

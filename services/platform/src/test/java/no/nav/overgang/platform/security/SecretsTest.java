package no.nav.overgang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

class SecretsTest {

    private static final String SECRET = "overgang.pseudonymisation.secret";
    private static final String SALT = "overgang.coordinator.randomisation-salt";

    @Test
    void secrets_are_read_from_files_in_the_secrets_directory_and_win_over_properties_files(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve(SECRET), "a-secret-from-a-mounted-file-0123\n");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new org.springframework.core.env.MapPropertySource("file",
                java.util.Map.of(SECRET, "from-a-properties-file", SecretsDirectory.PROPERTY, dir.toString())));

        new SecretsDirectory().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(SECRET)).isEqualTo("a-secret-from-a-mounted-file-0123");
    }

    @Test
    void a_secrets_directory_that_does_not_exist_stops_the_start(@TempDir Path dir) {
        MockEnvironment environment = new MockEnvironment().withProperty(SecretsDirectory.PROPERTY,
                dir.resolve("missing").toString());

        assertThatThrownBy(() -> new SecretsDirectory().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a directory");
    }

    @Test
    void a_demo_secret_stops_the_start_outside_the_local_and_test_profiles_and_never_shows_the_value() {
        MockEnvironment production = new MockEnvironment()
                .withProperty(SECRET, "local-demo-secret-NOT-FOR-PRODUCTION");
        production.setActiveProfiles("prod");
        MockEnvironment none = new MockEnvironment().withProperty(SALT, "e2e-test-salt-not-for-production");

        assertThatThrownBy(() -> DemoSecretGuard.check(production)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SECRET).hasMessageNotContaining("local-demo-secret");
        assertThatThrownBy(() -> DemoSecretGuard.check(none)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SALT);
    }

    @Test
    void a_demo_secret_is_accepted_in_the_local_profile_and_a_real_one_everywhere() {
        MockEnvironment local = new MockEnvironment().withProperty(SECRET, "local-demo-secret-NOT-FOR-PRODUCTION");
        local.setActiveProfiles("local");
        MockEnvironment production = new MockEnvironment().withProperty(SECRET, "k3V9q0Zr8wYp2LmX5tN7");
        production.setActiveProfiles("prod");

        DemoSecretGuard.check(local);
        DemoSecretGuard.check(production);

        assertThat(DemoSecretGuard.isDemo("local-demo-secret-NOT-FOR-PRODUCTION")).isTrue();
        assertThat(DemoSecretGuard.isDemo("k3V9q0Zr8wYp2LmX5tN7")).isFalse();
    }
}

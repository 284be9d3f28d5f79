package no.nav.overgang.platform.security;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.ConfigTreePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;

/**
 * Reads secrets from files: when {@code overgang.secrets-dir} ({@code OVERGANG_SECRETS_DIR}) names a directory, each
 * file in it is a property named after the file, e.g. {@code overgang.pseudonymisation.secret} or
 * {@code overgang.coordinator.randomisation-salt} (Spring Boot's config tree, the layout of a mounted Kubernetes
 * secret; a trailing line break is dropped). They come right after the environment variables in precedence, so
 * they win over every properties file.
 */
public class SecretsDirectory implements EnvironmentPostProcessor {

    public static final String PROPERTY = "overgang.secrets-dir";
    static final String SOURCE = "overgang-secrets";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path path = Path.of(dir);
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException(PROPERTY + " is not a directory: " + dir);
        }
        var secrets = new ConfigTreePropertySource(SOURCE, path,
                ConfigTreePropertySource.Option.AUTO_TRIM_TRAILING_NEW_LINE);
        var sources = environment.getPropertySources();
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, secrets);
        } else {
            sources.addLast(secrets);
        }
    }
}

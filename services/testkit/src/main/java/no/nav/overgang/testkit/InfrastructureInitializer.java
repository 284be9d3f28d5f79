package no.nav.overgang.testkit;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** Points a Spring context at the {@link Infrastructure#shared() shared infrastructure}, ahead of any other configuration. */
public final class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var infrastructure = Infrastructure.shared();
        // the tests' secrets are demo values; the platform accepts those only in the test and local profiles
        context.getEnvironment().addActiveProfile("test");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sharedTestInfrastructure", Map.of(
                "spring.datasource.url", infrastructure.jdbcUrl(),
                "spring.datasource.username", infrastructure.dbUsername(),
                "spring.datasource.password", infrastructure.dbPassword(),
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", infrastructure.issuerUri(),
                "overgang.test.infrastructure", "shared")));
    }
}

package no.nav.overgang.testkit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ServiceTestTest {

    @SpringBootConfiguration
    static class NoBeans {
    }

    @Autowired
    Environment environment;

    @Test
    void pointsTheContextAtTheSharedInfrastructure() {
        var infrastructure = Infrastructure.shared();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(infrastructure.jdbcUrl());
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo(infrastructure.dbUsername());
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo(infrastructure.dbPassword());
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(infrastructure.kafkaBootstrapServers());
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")).isEqualTo(infrastructure.issuerUri());
        assertThat(environment.getProperty("overgang.test.infrastructure")).isEqualTo("shared");
    }
}

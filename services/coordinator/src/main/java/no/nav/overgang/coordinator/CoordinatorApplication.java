package no.nav.overgang.coordinator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;

/**
 * Pilot coordinator: enters eligible cases into the cohort, assigns each an arm once, and requests case
 * conferences for pilot cases. It proposes and explains; people decide.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@PropertySource("classpath:overgang-coordinator.properties")
public class CoordinatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoordinatorApplication.class, args);
    }
}

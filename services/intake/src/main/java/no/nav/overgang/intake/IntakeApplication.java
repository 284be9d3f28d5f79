package no.nav.overgang.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;

/**
 * Milestone intake: takes milestones from the source systems (HTTP and Kafka), validates them, and publishes
 * canonical milestones keyed by a pseudonymous case key. Rejected input goes to the dead-letter topic.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@PropertySource("classpath:overgang-intake.properties")
public class IntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }
}

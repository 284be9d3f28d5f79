package no.nav.overgang.metrics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;

/**
 * Pilot metrics: counts per arm for the evaluators — cohort entries, conferences, handovers. Time-to-clarification
 * and its statistics come with the evaluation issue. Never shows persons, never breaks down by employee.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@PropertySource("classpath:overgang-metrics.properties")
public class MetricsApplication {

    public static void main(String[] args) {
        SpringApplication.run(MetricsApplication.class, args);
    }
}

package no.nav.overgang.metrics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;

/**
 * Pilot metrics: counts per arm for the evaluators — cohort entries, conferences, handovers; the pseudonymous
 * analysis dataset of time to clarification (package {@code dataset}) and the survival statistics on it (package
 * {@code survival}, served by {@code analysis}). Never shows persons, never breaks down by employee.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@PropertySource("classpath:overgang-metrics.properties")
public class MetricsApplication {

    public static void main(String[] args) {
        SpringApplication.run(MetricsApplication.class, args);
    }
}

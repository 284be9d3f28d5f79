package no.nav.overgang.handover;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;

/**
 * Benefit handover: turns a conference outcome into a handover package in the serving benefits unit's inbox.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@PropertySource("classpath:overgang-handover.properties")
public class HandoverApplication {

    public static void main(String[] args) {
        SpringApplication.run(HandoverApplication.class, args);
    }
}

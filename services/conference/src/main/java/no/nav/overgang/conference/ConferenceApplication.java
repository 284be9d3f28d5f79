package no.nav.overgang.conference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;

/**
 * Case conferences: creates the conferences the coordinator requests, invites the NAV office, the benefits unit and
 * a medical adviser, and records the outcome that issues the handover.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@PropertySource("classpath:overgang-conference.properties")
public class ConferenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConferenceApplication.class, args);
    }
}

package no.nav.overgang.coordinator.randomisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.nav.overgang.coordinator.followup.PilotProperties;

/** The one randomiser of this run, by {@code overgang.coordinator.randomisation-method}. */
@Configuration
public class RandomisationConfiguration {

    @Bean
    Randomiser randomiser(RandomisationProperties properties, PilotProperties pilot,
                          PermutedBlockRandomiser.StratumSequence sequence) {
        return switch (properties.randomisationMethod()) {
            case PermutedBlockRandomiser.METHOD -> new PermutedBlockRandomiser(properties, sequence);
            case ClusterRandomiser.METHOD -> new ClusterRandomiser(properties, pilot.offices());
            default -> new KeyedHashRandomiser(properties);
        };
    }
}

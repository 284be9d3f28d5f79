package no.nav.overgang.coordinator.randomisation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The arms and the secret salt, under {@code overgang.coordinator}.
 *
 * @param randomisationSalt secret; whoever knows it can predict allocations, so it is never logged
 */
@ConfigurationProperties("overgang.coordinator")
public record RandomisationProperties(List<Arm> arms, String randomisationSalt) {

    public RandomisationProperties {
        if (arms == null || arms.size() < 2) {
            throw new IllegalArgumentException("the pilot needs at least two arms (control and a pilot variant)");
        }
        if (randomisationSalt == null || randomisationSalt.length() < 16) {
            throw new IllegalArgumentException("overgang.coordinator.randomisation-salt must be at least 16 characters");
        }
        arms = List.copyOf(arms);
    }

    @Override
    public String toString() {
        return "RandomisationProperties[arms=" + arms + ", randomisationSalt=<secret>]";
    }
}

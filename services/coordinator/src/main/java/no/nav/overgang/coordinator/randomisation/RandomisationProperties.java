package no.nav.overgang.coordinator.randomisation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The arms, the allocation method and the secret salt, under {@code overgang.coordinator}.
 *
 * @param randomisationMethod {@code keyed-hash}, {@code permuted-blocks} or {@code cluster-by-office}; chosen before
 *                            the pilot starts and never changed while it runs (every case records its method)
 * @param randomisationSalt   secret; whoever knows it can predict allocations, so it is never logged
 */
@ConfigurationProperties("overgang.coordinator")
public record RandomisationProperties(List<Arm> arms, String randomisationMethod, String randomisationSalt) {

    public static final List<String> METHODS = List.of(KeyedHashRandomiser.METHOD, PermutedBlockRandomiser.METHOD,
            ClusterRandomiser.METHOD);

    public RandomisationProperties {
        if (arms == null || arms.size() < 2) {
            throw new IllegalArgumentException("the pilot needs at least two arms (control and a pilot variant)");
        }
        if (arms.stream().map(Arm::id).distinct().count() != arms.size()) {
            throw new IllegalArgumentException("every arm needs its own id");
        }
        if (randomisationMethod == null) {
            randomisationMethod = KeyedHashRandomiser.METHOD;
        }
        if (!METHODS.contains(randomisationMethod)) {
            throw new IllegalArgumentException("overgang.coordinator.randomisation-method must be one of " + METHODS);
        }
        if (randomisationSalt == null || randomisationSalt.length() < 16) {
            throw new IllegalArgumentException("overgang.coordinator.randomisation-salt must be at least 16 characters");
        }
        arms = List.copyOf(arms);
    }

    public long totalWeight() {
        return arms.stream().mapToLong(Arm::weight).sum();
    }

    @Override
    public String toString() {
        return "RandomisationProperties[arms=" + arms + ", method=" + randomisationMethod
                + ", randomisationSalt=<secret>]";
    }
}

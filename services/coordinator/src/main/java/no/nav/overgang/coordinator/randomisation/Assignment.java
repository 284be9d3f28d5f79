package no.nav.overgang.coordinator.randomisation;

/**
 * The arm a case got, and how: recorded once, with the method and its version.
 *
 * @param allocationIndex the case's position in its stratum's block list (permuted blocks only; null otherwise)
 */
public record Assignment(Arm arm, String method, int methodVersion, Integer allocationIndex) {
}

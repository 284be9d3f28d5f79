package no.nav.overgang.coordinator.randomisation;

/** The arm a case got, and how: recorded once, with the method and its version. */
public record Assignment(Arm arm, String method, int methodVersion) {
}

package no.nav.overgang.coordinator.randomisation;

import no.nav.overgang.events.payload.MeasuresAuthority;

/**
 * An arm of the pilot, as the pilot administrator configures it.
 *
 * @param pilot             whether cases in this arm get case conferences
 * @param measuresAuthority who assesses the tiltaksvilkår (ftrl § 12-5) in this variant; null for control
 * @param weight            the arm's share in the allocation ratio
 */
public record Arm(String id, boolean pilot, MeasuresAuthority measuresAuthority, int weight) {

    public Arm {
        if (id == null || !id.matches("[a-z][a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("an arm id is lower-case letters, digits and dashes: " + id);
        }
        if (weight < 1) {
            throw new IllegalArgumentException("arm " + id + " needs a weight of at least 1");
        }
        if (pilot && measuresAuthority == null) {
            throw new IllegalArgumentException("pilot arm " + id + " must say who assesses § 12-5 (measures-authority)");
        }
    }
}

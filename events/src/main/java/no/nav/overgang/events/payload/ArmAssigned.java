package no.nav.overgang.events.payload;

/**
 * The case's arm, assigned once at cohort entry and never changed.
 *
 * @param arm               arm id from the pilot configuration, e.g. "control" or "pilot-office"
 * @param pilot             whether the arm gets case conferences
 * @param measuresAuthority who assesses § 12-5 in this arm's variant; null for control
 * @param method            the randomisation method, e.g. "keyed-hash"
 * @param methodVersion     version of the method and its configuration
 */
public record ArmAssigned(
        String arm,
        boolean pilot,
        MeasuresAuthority measuresAuthority,
        String method,
        int methodVersion,
        String stratum) implements EventPayload {
}

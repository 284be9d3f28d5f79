package no.nav.overgang.coordinator.randomisation;

/**
 * Assigns a case entering the cohort to an arm. Called once per case, in the transaction that enters it; the result is
 * stored with the case and never recomputed.
 */
public interface Randomiser {

    Assignment assign(Allocation allocation);

    /** What the randomiser may know of the case: its pseudonymous key, its stratum and its office. */
    record Allocation(String caseKey, String stratum, String office) {
    }
}

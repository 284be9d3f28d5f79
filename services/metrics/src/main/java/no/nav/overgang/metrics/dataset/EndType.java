package no.nav.overgang.metrics.dataset;

/** How a case's follow-up ended. */
public enum EndType {
    /** Avklart: the event time-to-clarification measures. */
    CLARIFIED,
    /** Death or retirement age: competes with clarification. */
    COMPETING_EVENT,
    /** Moved away, withdrawn, end of follow-up: says nothing about clarification. */
    CENSORED
}

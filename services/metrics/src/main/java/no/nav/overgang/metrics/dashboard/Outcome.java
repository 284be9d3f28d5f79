package no.nav.overgang.metrics.dashboard;

import no.nav.overgang.metrics.dataset.EndType;

/**
 * How a case's follow-up ends, as the cumulative incidence plot tells the outcomes apart. The first three are
 * clarifications (the event of the Kaplan–Meier curves); the fourth competes with them.
 */
public enum Outcome {
    DECISION("Vedtak om uføretrygd"),
    RETURNED_TO_WORK("Tilbake i arbeid"),
    OTHER_CLARIFICATION("Annen avklaring"),
    DIED_OR_RETIRED("Død eller nådd pensjonsalder");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean clarified() {
        return this != DIED_OR_RETIRED;
    }

    /** Null for a case that is censored (or still open). */
    static Outcome of(EndType end, String detail) {
        if (end == null || end == EndType.CENSORED) {
            return null;
        }
        if (end == EndType.COMPETING_EVENT) {
            return DIED_OR_RETIRED;
        }
        if (detail != null && detail.startsWith("DISABILITY_")) {
            return DECISION;
        }
        return "RETURNED_TO_WORK".equals(detail) ? RETURNED_TO_WORK : OTHER_CLARIFICATION;
    }
}

package no.nav.overgang.metrics.counts;

/** What is counted per arm. */
public enum Measure {
    COHORT_ENTRIES,
    CONFERENCES,
    HANDOVERS
}

package no.nav.overgang.metrics.dataset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One case of the analysis dataset, pseudonymous: the case key, never a national id. Fields are null until the
 * event that brings them has been seen (entry: index date and strata; arm assignment: arm; an end event: end).
 *
 * @param stratum    the randomisation stratum, e.g. "SYKEPENGER|0315"
 * @param endDetail  the outcome, competing event or censoring reason, e.g. "DISABILITY_GRANTED", "DIED"
 * @param ageBand    the age band on the index date ({@code AgeBand} name, e.g. "FROM_40_TO_49"); null when unknown
 */
public record AnalysisCase(String caseKey, String arm, Boolean pilot, String sourceBenefit, String office,
                           String stratum, LocalDate indexDate, LocalDate endDate, EndType endType, String endDetail,
                           String ageBand) {

    /**
     * The case as an analysis on {@code analysisDate} sees it: the days from the index date to its end, if it ended
     * by then, else to the analysis date (censored there). Empty when the case had not entered the cohort by then,
     * or its entry or its arm assignment has not been seen yet.
     */
    public Optional<Observation> asOf(LocalDate analysisDate) {
        if (sourceBenefit == null || pilot == null || indexDate == null || indexDate.isAfter(analysisDate)) {
            return Optional.empty();
        }
        if (endDate != null && !endDate.isAfter(analysisDate)) {
            return Optional.of(new Observation(ChronoUnit.DAYS.between(indexDate, endDate), endType, endDetail));
        }
        return Optional.of(new Observation(ChronoUnit.DAYS.between(indexDate, analysisDate), EndType.CENSORED,
                "OPEN_AT_ANALYSIS_DATE"));
    }

    /** Days of follow-up and how they ended. */
    public record Observation(long days, EndType end, String detail) {

        public boolean clarified() {
            return end == EndType.CLARIFIED;
        }
    }
}

package no.nav.overgang.metrics.analysis;

/** The CSV body is larger than {@link AnalysisProperties#maxCsvSize()}. */
public class CsvTooLargeException extends RuntimeException {

    public CsvTooLargeException(long limit) {
        super("the CSV is larger than the limit of " + limit + " bytes");
    }
}

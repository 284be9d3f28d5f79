package no.nav.overgang.metrics.analysis;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import no.nav.overgang.metrics.survival.InvalidSurvivalInputException;

/** The analysis' own input errors as problem details, in the platform's style (the type, a title, the problems). */
@RestControllerAdvice(assignableTypes = SurvivalAnalysisController.class)
public class SurvivalAnalysisProblems {

    private static final String TYPE_BASE = "https://overgang.nav.no/problems/";

    @ExceptionHandler(InvalidSurvivalInputException.class)
    ProblemDetail invalid(InvalidSurvivalInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the CSV cannot be analysed: " + e.problems().getFirst());
        problem.setType(URI.create(TYPE_BASE + "invalid-analysis-input"));
        problem.setTitle("Invalid input");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(CsvTooLargeException.class)
    ProblemDetail tooLarge(CsvTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "payload-too-large"));
        problem.setTitle("Invalid input");
        return problem;
    }
}

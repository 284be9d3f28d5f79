package no.nav.overgang.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import no.nav.overgang.events.InvalidEventException;

/** Errors as RFC 9457 problem details, naming what was wrong, never echoing personal data or stack traces. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final String TYPE_BASE = "https://overgang.nav.no/problems/";

    @ExceptionHandler(InvalidEventException.class)
    ProblemDetail invalid(InvalidEventException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.reason().description());
        problem.setType(URI.create(TYPE_BASE + e.reason().name().toLowerCase().replace('_', '-')));
        problem.setTitle("Invalid input");
        problem.setProperty("reason", e.reason().name());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "conflict"));
        problem.setTitle("Not allowed in the current state");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}

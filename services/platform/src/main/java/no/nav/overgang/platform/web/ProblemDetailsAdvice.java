package no.nav.overgang.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import no.nav.overgang.events.InvalidEventException;

/**
 * Errors as RFC 9457 problem details, naming what was wrong, never echoing personal data or stack traces. It is the
 * service's one {@link ResponseEntityExceptionHandler}, so Spring MVC's own exceptions get problem details too
 * (which is why {@code spring.mvc.problemdetails.enabled} stays off: that would register a second one).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final String TYPE_BASE = "https://overgang.nav.no/problems/";

    @ExceptionHandler(InvalidEventException.class)
    ProblemDetail invalid(InvalidEventException e) {
        HttpStatus status = e.reason() == InvalidEventException.Reason.PAYLOAD_TOO_LARGE
                ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.reason().description());
        problem.setType(URI.create(TYPE_BASE + e.reason().name().toLowerCase().replace('_', '-')));
        problem.setTitle("Invalid input");
        problem.setProperty("reason", e.reason().name());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    /** Bean Validation failures name the fields and the rules, never the rejected values. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<String> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> "/" + error.getField().replace('.', '/').replace("[", "/").replace("]", "") + ": "
                        + error.getDefaultMessage())
                .sorted()
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request does not satisfy its rules");
        problem.setType(URI.create(TYPE_BASE + "invalid-request"));
        problem.setTitle("Invalid input");
        problem.setProperty("problems", problems);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Object-level refusals (another office's case, a role without the authority) as problem details too. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "forbidden"));
        problem.setTitle("Not allowed for you");
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

package no.nav.overgang.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for you", e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid input", e.getMessage());
    }

    /** A body that was cut off at the size limit while being read (sent without a Content-Length). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "unreadable-request", "Invalid input",
                "the request body could not be read"));
    }

    /** A path variable or parameter of the wrong type: named, never echoed (it could be a national id). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "a parameter" : e.getPropertyName();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid input",
                name + ": not a valid value of its type"));
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ProblemDetail tooLarge(RequestTooLargeException e) {
        return RequestSizeLimitFilter.problem(e.limit());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Not allowed in the current state", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}

package io.caseledger.app.web;

import io.caseledger.domain.shared.Rejection;
import org.axonframework.messaging.HandlerExecutionException;
import java.util.concurrent.CompletionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;


/**
 * Turns every refusal into application/problem+json with a stable {@code code} and, for bad input,
 * the {@code field}. Anything unexpected is a 500 that says nothing about the data involved.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** Every expected refusal (see {@link Refusals}); anything else that failed in a handler is unexpected. */
    @ExceptionHandler({HandlerExecutionException.class, CompletionException.class, ConcurrencyException.class,
            AggregateNotFoundException.class, IncompatibleAggregateException.class, AggregateEntityNotFoundException.class,
            AccessDeniedException.class, RequestRefused.class})
    ResponseEntity<Object> refused(Exception e) {
        return Refusals.of(e).map(ApiProblems::toProblem).orElseGet(() -> unexpected(e));
    }

    static ResponseEntity<Object> toProblem(Rejection r) {
        HttpStatus status = switch (r.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        String detail = r.field() == null ? r.message() : r.field() + " " + r.message();
        return Problems.of(status, r.code(), r.field(), detail);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure handling a request ({})", e.getClass().getName(), e);
        SpringProblems.Described problem = SpringProblems.forStatus(500);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, problem.code(), null, problem.detail());
    }

    /** Malformed JSON or a value of the wrong type: name the field, never echo the value. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        JsonFields.Problem problem = e.getCause() instanceof JacksonException jackson ? JsonFields.problemOf(jackson).orElse(null) : null;
        if (problem == null) {
            return Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "body", "body is not valid JSON.");
        }
        return Problems.of(HttpStatus.BAD_REQUEST, problem.code(), problem.field(), problem.field() + " " + problem.message());
    }

    /** Every other refusal Spring MVC makes itself (405, 406, 415, a bad or missing parameter...), in our form. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        SpringProblems.Described problem = SpringProblems.describe(e, status);
        return Problems.of(status, problem.code(), problem.field(), problem.detail(), headers);
    }
}

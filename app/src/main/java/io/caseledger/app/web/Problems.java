package io.caseledger.app.web;

import io.caseledger.app.messaging.CorrelationIdFilter;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * Builds problem+json bodies. Details name fields and rules, never the values sent (they may be PHI).
 * {@code instance} names the request by its correlation id, never by its path; a failure of ours
 * (5xx) also carries that id as {@code correlationId}, which its ERROR log line has too.
 * The content type is set here, so the problem is written whatever the request's Accept header says.
 */
public final class Problems {

    private Problems() {
    }

    static ResponseEntity<Object> of(HttpStatusCode status, String code, String field, String detail) {
        return of(status, code, field, detail, HttpHeaders.EMPTY);
    }

    static ResponseEntity<Object> of(HttpStatusCode status, String code, String field, String detail, HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(status, code, field, detail));
    }

    static ProblemDetail body(HttpStatusCode status, String code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:caseledger:problem:" + code));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        // Spring would fill in the request path, which is input and may carry personal data.
        problem.setInstance(URI.create(instance()));
        if (status.is5xxServerError() && correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }

    /**
     * The same problem as text, for the filters, security handlers and Tomcat valve that answer before
     * Spring MVC can. Plain concatenation is safe: codes and details are the server's own words, and
     * the correlation id is checked against a safe pattern when the request comes in.
     */
    public static String text(HttpStatusCode status, String code, String detail) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return "{\"type\":\"urn:caseledger:problem:" + code + "\",\"title\":\"" + (known == null ? "Error" : known.getReasonPhrase())
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\"" + instance()
                + "\",\"code\":\"" + code + "\"}";
    }

    private static String instance() {
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        return "urn:caseledger:request:" + (correlationId == null || correlationId.isEmpty() ? "unknown" : correlationId);
    }
}

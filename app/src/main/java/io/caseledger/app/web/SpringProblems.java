package io.caseledger.app.web;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The refusals Spring MVC and the servlet container produce themselves (wrong method, media type or
 * parameter, unknown path), in our problem form: a stable code, the parameter to blame, and a detail
 * written here rather than Spring's, which quotes the value or path sent.
 */
final class SpringProblems {

    record Described(String code, String field, String detail) {
    }

    private SpringProblems() {
    }

    static Described describe(Exception e, HttpStatusCode status) {
        if (e instanceof MissingServletRequestParameterException missing) {
            return new Described("invalid-field", missing.getParameterName(), missing.getParameterName() + " is required");
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return new Described("invalid-field", missing.getHeaderName(), missing.getHeaderName() + " is required");
        }
        if (e instanceof TypeMismatchException mismatch) {
            String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : mismatch.getPropertyName();
            Class<?> type = mismatch.getRequiredType();
            boolean number = type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class);
            return new Described("invalid-field", name, name + (number ? " must be a whole number in range" : " is not valid here"));
        }
        return forStatus(status.value());
    }

    /** For a bare status (the container's error page): a code and a detail that name no input. */
    static Described forStatus(int status) {
        return switch (status) {
            case 400 -> new Described("bad-request", null, "The request is malformed.");
            case 401 -> new Described("unauthenticated", null, "Valid credentials are required.");
            case 403 -> new Described("forbidden", null, "Your role does not allow this action.");
            case 404 -> new Described("not-found", null, "There is no such resource.");
            case 405 -> new Described("method-not-allowed", null, "This resource does not accept that method.");
            case 406 -> new Described("not-acceptable", null, "This resource cannot answer in a media type the Accept header allows.");
            case 413 -> new Described("body-too-large", null, "Request bodies are limited to 64 KiB.");
            case 415 -> new Described("unsupported-media-type", null, "Send the body as application/json.");
            default -> status >= 500
                    ? new Described("internal-error", null, "The request could not be completed; quote the X-Correlation-Id header when reporting it.")
                    : new Described("http-" + status, null, "The request was refused.");
        };
    }
}

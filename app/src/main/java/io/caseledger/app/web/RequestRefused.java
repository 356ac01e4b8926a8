package io.caseledger.app.web;

import io.caseledger.domain.shared.Rejection;

/**
 * A request refused by the web layer itself (a path id that names nothing, a query parameter that
 * cannot be read), before or after any command or query: the same {@link Rejection} a command or a
 * query carries, so every refusal becomes problem+json in one place. Commands refuse with
 * {@code CommandRejected}, queries with {@code QueryRefused}; nothing else uses those.
 */
public final class RequestRefused extends RuntimeException {

    private final Rejection rejection;

    private RequestRefused(Rejection rejection) {
        super(rejection.message(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    /** A parameter or path value that is missing, malformed or not accepted here (HTTP 400). */
    public static RequestRefused invalid(String field, String message) {
        return new RequestRefused(new Rejection(Rejection.Kind.INVALID, "invalid-field", field, message));
    }

    /** {@code field}, a path parameter, names nothing the caller may see (HTTP 404). */
    public static RequestRefused notFound(String code, String field, String message) {
        return new RequestRefused(new Rejection(Rejection.Kind.NOT_FOUND, code, field, message));
    }

    /** The case id names no case the caller may see: the same answer as a command or a query gets. */
    public static RequestRefused noSuchCase() {
        return new RequestRefused(Rejection.NO_SUCH_CASE);
    }
}

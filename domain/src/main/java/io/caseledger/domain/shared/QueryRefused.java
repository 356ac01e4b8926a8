package io.caseledger.domain.shared;

import org.axonframework.queryhandling.QueryExecutionException;

/**
 * Why a query was refused. Carries a {@link Rejection} as details, like {@link CommandRejected},
 * so the reason survives Axon Server's query routing. Messages never contain personal data.
 */
public class QueryRefused extends QueryExecutionException {

    private final Rejection rejection;

    public QueryRefused(Rejection rejection) {
        super(rejection.message(), null, rejection);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    /** A query parameter that cannot be answered, e.g. a cursor whose row is gone (HTTP 400). */
    public static QueryRefused invalid(String field, String message) {
        return new QueryRefused(new Rejection(Rejection.Kind.INVALID, "invalid-field", field, message));
    }

    public static QueryRefused forbidden(String code, String message) {
        return new QueryRefused(new Rejection(Rejection.Kind.FORBIDDEN, code, null, message));
    }

    /** The case id names no case the caller may see, the same answer as a command gets. */
    public static QueryRefused noSuchCase() {
        return new QueryRefused(Rejection.NO_SUCH_CASE);
    }

    public static QueryRefused notFound(String code, String message) {
        return new QueryRefused(new Rejection(Rejection.Kind.NOT_FOUND, code, null, message));
    }
}

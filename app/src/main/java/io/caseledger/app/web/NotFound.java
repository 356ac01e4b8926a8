package io.caseledger.app.web;

/** A resource the caller may not see or that does not exist; both answer 404 so existence does not leak. */
final class NotFound extends RuntimeException {

    private final String code;
    private final String field;

    /** {@code field}: the path parameter that named nothing. */
    NotFound(String code, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }
}

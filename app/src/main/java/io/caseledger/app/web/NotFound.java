package io.caseledger.app.web;

/** A resource the caller may not see or that does not exist; both answer 404 so existence does not leak. */
final class NotFound extends RuntimeException {

    private final String code;

    NotFound(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}

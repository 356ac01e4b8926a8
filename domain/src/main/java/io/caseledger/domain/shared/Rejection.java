package io.caseledger.domain.shared;

/**
 * The serializable reason behind a {@link CommandRejected}: what kind of refusal, a stable
 * machine-readable code, the offending field where there is one, and a PHI-free message.
 */
public record Rejection(Kind kind, String code, String field, String message) {

    public enum Kind { INVALID, RULE, CONFLICT, NOT_FOUND, FORBIDDEN }

    /**
     * The one answer for a case id that names no case the caller may see: a missing case, one outside
     * the caller's scope and an id of something else (a community resource) look exactly alike.
     */
    public static final Rejection NO_SUCH_CASE = new Rejection(Kind.NOT_FOUND, "case-not-found", "caseId", "names no case you may see");
}

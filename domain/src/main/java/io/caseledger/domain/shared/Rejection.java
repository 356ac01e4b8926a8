package io.caseledger.domain.shared;

/**
 * The serializable reason behind a {@link CommandRejected}: what kind of refusal, a stable
 * machine-readable code, the offending field where there is one, and a PHI-free message.
 */
public record Rejection(Kind kind, String code, String field, String message) {

    public enum Kind { INVALID, RULE, CONFLICT, NOT_FOUND, FORBIDDEN }
}

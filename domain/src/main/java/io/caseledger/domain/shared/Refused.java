package io.caseledger.domain.shared;

/**
 * A command's answer when it was refused but the refusal itself had to be recorded (a disclosure
 * attempt without consent): the handler records an event and returns this instead of throwing,
 * so the refusal is kept while the caller still gets a 422 with the rule.
 */
public record Refused(String code, String message) {
}

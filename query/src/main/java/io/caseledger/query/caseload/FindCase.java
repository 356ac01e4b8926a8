package io.caseledger.query.caseload;

/** One case's caseload entry; answers empty when the case is unknown. */
public record FindCase(String caseId) {
}

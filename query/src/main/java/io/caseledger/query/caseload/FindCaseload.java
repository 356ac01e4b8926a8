package io.caseledger.query.caseload;

/** The open cases of one case manager, ordered by client name. */
public record FindCaseload(String caseManagerId) {
}

package io.caseledger.projections.caseload;

/** A subscription update: this case in this case manager's caseload changed (ids only, never content). */
public record CaseloadChanged(String caseManagerId, String caseId) {
}

package io.caseledger.projections.caseload;

/** Subscription to one case manager's caseload: answered with the caseload, then told of every change. */
public record WatchCaseload(String caseManagerId) {
}

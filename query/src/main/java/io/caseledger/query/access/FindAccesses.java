package io.caseledger.query.access;

/** Recorded reads of one case ({@code caseId}) or by one user ({@code userId}), newest first. */
public record FindAccesses(String caseId, String userId, int limit) {
}

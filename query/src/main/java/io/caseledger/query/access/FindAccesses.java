package io.caseledger.query.access;

import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.shared.Role;

/** Recorded reads of one case ({@code caseId}) or by one user ({@code userId}), newest first. */
@ReadableBy({Role.AUDITOR, Role.ADMIN})
public record FindAccesses(String caseId, String userId, int limit) {
}

package io.caseledger.query.resources;

import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.shared.Role;

/** One resource, active or not (past referrals still name a deactivated one); empty when unknown. */
@ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN})
public record FindResource(String resourceId) {
}

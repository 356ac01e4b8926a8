package io.caseledger.projections.caseload;

import io.caseledger.domain.scope.CaseloadScoped;
import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.shared.Role;

/** Subscription to one case manager's caseload: answered with the caseload, then told of every change. */
@ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR})
public record WatchCaseload(String caseManagerId) implements CaseloadScoped {
}

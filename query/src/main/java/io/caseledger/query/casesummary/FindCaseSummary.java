package io.caseledger.query.casesummary;

import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.shared.Role;

/** One case's stored summary; answers none when the case is unknown or outside the asker's scope. */
@ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR})
public record FindCaseSummary(String caseId) {
}

package io.caseledger.query.caseload;

import io.caseledger.domain.scope.CaseloadScoped;
import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.shared.Role;

/** The open cases of one case manager, ordered by client name. */
@ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR})
public record FindCaseload(String caseManagerId) implements CaseloadScoped {
}

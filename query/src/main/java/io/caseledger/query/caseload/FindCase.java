package io.caseledger.query.caseload;

import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.shared.Role;

/** One case's caseload entry; answers empty when the case is unknown. */
@ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR})
public record FindCase(String caseId) {
}

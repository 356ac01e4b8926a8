package io.caseledger.query.caseload;

import io.caseledger.domain.scope.CaseloadScoped;
import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.shared.Role;
import io.caseledger.query.paging.PageRequest;

/**
 * The open cases of one case manager, in {@code sort} order, only those with an alert of kind
 * {@code alert} when it is set, one page at a time.
 */
@ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR})
public record FindCaseload(String caseManagerId, CaseloadSort sort, Alert.Kind alert, PageRequest page) implements CaseloadScoped {

    /** The whole caseload by client name, as the live stream sends it. */
    public FindCaseload(String caseManagerId) {
        this(caseManagerId, CaseloadSort.CLIENT_NAME, null, PageRequest.ALL);
    }
}

package io.caseledger.query.caseload;

import io.caseledger.query.paging.PageRequest;

/**
 * The open cases of one case manager, in {@code sort} order, only those with an alert of kind
 * {@code alert} when it is set, one page at a time.
 */
public record FindCaseload(String caseManagerId, CaseloadSort sort, Alert.Kind alert, PageRequest page) {

    /** The whole caseload by client name, as the live stream sends it. */
    public FindCaseload(String caseManagerId) {
        this(caseManagerId, CaseloadSort.CLIENT_NAME, null, PageRequest.ALL);
    }
}

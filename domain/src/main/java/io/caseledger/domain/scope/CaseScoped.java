package io.caseledger.domain.scope;

/**
 * An answer about one case. The query bus hides it (as not found) unless the viewer may read cases
 * of its case manager, so a handler that fetches by id cannot leak another caseload's case.
 */
public interface CaseScoped {

    String caseManagerId();
}

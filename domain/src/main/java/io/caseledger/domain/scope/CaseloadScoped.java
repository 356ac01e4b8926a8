package io.caseledger.domain.scope;

/** A query about one case manager's caseload; answered only if the viewer may read that caseload. */
public interface CaseloadScoped {

    String caseManagerId();
}

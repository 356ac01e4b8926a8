package io.caseledger.domain.assignment;

import org.axonframework.serialization.Revision;

/** The case moved from one case manager's caseload to another's. */
@Revision("1")
public record CaseTransferred(String caseId, String fromCaseManagerId, String toCaseManagerId, String reason) {
}

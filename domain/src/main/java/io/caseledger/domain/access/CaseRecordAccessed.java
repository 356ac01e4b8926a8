package io.caseledger.domain.access;

import org.axonframework.serialization.Revision;

/** Someone read a case's personal data (its summary, history or an export), in a role, for a stated purpose. */
@Revision("1")
public record CaseRecordAccessed(String caseId, String accessedBy, String role, RecordView view, String purpose) {
}

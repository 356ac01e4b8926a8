package io.caseledger.domain.access;

import io.caseledger.domain.shared.NotPersonal;
import org.axonframework.serialization.Revision;

/** Someone read a case's personal data (its summary, history or an export), in a role, for a stated purpose. */
@Revision("1")
public record CaseRecordAccessed(
        String caseId,
        @NotPersonal("a staff user id, not a client's") String accessedBy,
        @NotPersonal("a role name, set by the server") String role,
        RecordView view,
        @NotPersonal("a purpose-of-use code, checked against a pattern") String purpose) {
}

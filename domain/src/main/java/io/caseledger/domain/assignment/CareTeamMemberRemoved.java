package io.caseledger.domain.assignment;

import org.axonframework.serialization.Revision;

/** A person left the client's care team. */
@Revision("1")
public record CareTeamMemberRemoved(String caseId, String memberId, String reason) {
}

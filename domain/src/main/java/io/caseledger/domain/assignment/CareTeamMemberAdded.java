package io.caseledger.domain.assignment;

import org.axonframework.serialization.Revision;

/** A person joined the client's care team. */
@Revision("1")
public record CareTeamMemberAdded(String caseId, String memberId, CareTeamRole role, String name,
                                  String organisation, String contact) {
}

package io.caseledger.domain.assignment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** A person left the client's care team. */
@Revision("1")
public record CareTeamMemberRemoved(
        String caseId,
        @Disclosable(As.PSEUDONYM) String memberId,
        @PersonalData String reason) {
}

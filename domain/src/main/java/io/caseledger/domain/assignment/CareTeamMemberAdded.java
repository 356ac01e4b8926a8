package io.caseledger.domain.assignment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** A person joined the client's care team. */
@Revision("1")
public record CareTeamMemberAdded(
        String caseId,
        @Disclosable(As.PSEUDONYM) String memberId,
        @Disclosable CareTeamRole role,
        @PersonalData String name,
        @PersonalData String organisation,
        @PersonalData String contact) {
}

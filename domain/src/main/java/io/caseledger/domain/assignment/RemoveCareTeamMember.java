package io.caseledger.domain.assignment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a person off the client's care team. */
public record RemoveCareTeamMember(@TargetAggregateIdentifier String caseId, String memberId, String reason) {

    public RemoveCareTeamMember {
        caseId = Require.id("caseId", caseId);
        memberId = Require.id("memberId", memberId);
        reason = Require.optionalText("reason", reason, 1000);
    }
}

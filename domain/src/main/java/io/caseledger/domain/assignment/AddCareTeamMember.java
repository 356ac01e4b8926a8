package io.caseledger.domain.assignment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a person to the client's care team. */
public record AddCareTeamMember(
        @TargetAggregateIdentifier String caseId,
        String memberId,
        CareTeamRole role,
        String name,
        String organisation,
        String contact) {

    public AddCareTeamMember {
        caseId = Require.id("caseId", caseId);
        memberId = Require.id("memberId", memberId);
        Require.present("role", role);
        name = Require.text("name", name, 200);
        organisation = Require.optionalText("organisation", organisation, 200);
        contact = Require.optionalText("contact", contact, 200);
    }
}

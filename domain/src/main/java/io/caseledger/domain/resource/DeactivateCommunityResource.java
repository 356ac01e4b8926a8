package io.caseledger.domain.resource;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a resource out of use (closed, no longer serving); past referrals keep naming it. */
public record DeactivateCommunityResource(@TargetAggregateIdentifier String resourceId, String reason) {

    public DeactivateCommunityResource {
        resourceId = Require.id("resourceId", resourceId);
        reason = Require.text("reason", reason, 1000);
    }
}

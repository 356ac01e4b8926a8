package io.caseledger.domain.resource;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a resource's directory entry with its current details. */
public record UpdateCommunityResource(@TargetAggregateIdentifier String resourceId, ResourceDetails details) {

    public UpdateCommunityResource {
        resourceId = Require.id("resourceId", resourceId);
        details = ResourceDetails.checked(details);
    }
}

package io.caseledger.domain.resource;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a provider or service to the community resource directory. */
public record RegisterCommunityResource(@TargetAggregateIdentifier String resourceId, ResourceDetails details) {

    public RegisterCommunityResource {
        resourceId = Require.id("resourceId", resourceId);
        details = ResourceDetails.checked(details);
    }
}

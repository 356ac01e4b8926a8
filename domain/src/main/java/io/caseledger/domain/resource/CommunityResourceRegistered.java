package io.caseledger.domain.resource;

import org.axonframework.serialization.Revision;

/** A provider or service was added to the community resource directory. */
@Revision("1")
public record CommunityResourceRegistered(String resourceId, ResourceDetails details) {
}

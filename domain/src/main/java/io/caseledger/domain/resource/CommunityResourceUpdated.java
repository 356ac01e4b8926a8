package io.caseledger.domain.resource;

import org.axonframework.serialization.Revision;

/** A resource's directory entry was updated (the full new details). */
@Revision("1")
public record CommunityResourceUpdated(String resourceId, ResourceDetails details) {
}

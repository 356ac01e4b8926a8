package io.caseledger.domain.resource;

import org.axonframework.serialization.Revision;

/** A resource was taken out of use; no new referrals may name it. */
@Revision("1")
public record CommunityResourceDeactivated(String resourceId, String reason) {
}

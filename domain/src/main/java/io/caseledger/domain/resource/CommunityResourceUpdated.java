package io.caseledger.domain.resource;

import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** A resource's directory entry was updated (the full new details). */
@Revision("1")
public record CommunityResourceUpdated(@Disclosable String resourceId, @Disclosable ResourceDetails details) {
}

package io.caseledger.domain.resource;

import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** A provider or service was added to the community resource directory. */
@Revision("1")
public record CommunityResourceRegistered(@Disclosable String resourceId, @Disclosable ResourceDetails details) {
}

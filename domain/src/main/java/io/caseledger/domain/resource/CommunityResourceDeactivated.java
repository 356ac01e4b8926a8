package io.caseledger.domain.resource;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.NotPersonal;
import org.axonframework.serialization.Revision;

/** A resource was taken out of use; no new referrals may name it. */
@Revision("1")
public record CommunityResourceDeactivated(
        @Disclosable String resourceId,
        @NotPersonal(ResourceDetails.DIRECTORY) String reason) {
}

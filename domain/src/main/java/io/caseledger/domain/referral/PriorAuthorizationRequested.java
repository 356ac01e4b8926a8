package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** Prior authorization for the referral was requested from the payer. */
@Revision("1")
public record PriorAuthorizationRequested(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @PersonalData String payer) {
}

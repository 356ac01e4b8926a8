package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** The payer denied the referred service. */
@Revision("1")
public record PriorAuthorizationDenied(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @PersonalData String reason) {
}

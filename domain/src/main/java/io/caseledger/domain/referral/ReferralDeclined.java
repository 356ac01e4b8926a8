package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** The recipient declined the referral. */
@Revision("1")
public record ReferralDeclined(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @PersonalData String reason) {
}

package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** The referral was cancelled before its outcome. */
@Revision("1")
public record ReferralCancelled(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @PersonalData String reason) {
}

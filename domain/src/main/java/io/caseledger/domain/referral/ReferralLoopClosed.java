package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** The referral loop was closed: its outcome is known and documented. */
@Revision("1")
public record ReferralLoopClosed(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @PersonalData String note) {
}

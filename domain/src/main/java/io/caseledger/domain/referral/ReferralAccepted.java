package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** The recipient accepted the referral. */
@Revision("1")
public record ReferralAccepted(String caseId, @Disclosable(As.PSEUDONYM) String referralId) {
}

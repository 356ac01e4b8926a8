package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** The recipient acknowledged receiving the referral. */
@Revision("1")
public record ReferralAcknowledged(String caseId, @Disclosable(As.PSEUDONYM) String referralId) {
}

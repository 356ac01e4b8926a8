package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

/** The recipient acknowledged receiving the referral. */
@Revision("1")
public record ReferralAcknowledged(String caseId, String referralId) {
}

package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

/** The recipient accepted the referral. */
@Revision("1")
public record ReferralAccepted(String caseId, String referralId) {
}

package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

/** The recipient declined the referral. */
@Revision("1")
public record ReferralDeclined(String caseId, String referralId, String reason) {
}

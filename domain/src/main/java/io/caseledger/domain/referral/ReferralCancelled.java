package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

/** The referral was cancelled before its outcome. */
@Revision("1")
public record ReferralCancelled(String caseId, String referralId, String reason) {
}

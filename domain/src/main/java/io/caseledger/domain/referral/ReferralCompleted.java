package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

/** The referred service was delivered and its outcome reported back. */
@Revision("1")
public record ReferralCompleted(String caseId, String referralId, String outcome) {
}

package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The referral was sent to the recipient under the named consent. */
@Revision("1")
public record ReferralSent(String caseId, String referralId, String consentId, LocalDate sentOn) {
}

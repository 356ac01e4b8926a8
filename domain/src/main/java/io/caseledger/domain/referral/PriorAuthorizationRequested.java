package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

/** Prior authorization for the referral was requested from the payer. */
@Revision("1")
public record PriorAuthorizationRequested(String caseId, String referralId, String payer) {
}

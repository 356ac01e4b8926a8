package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

/** The payer denied the referred service. */
@Revision("1")
public record PriorAuthorizationDenied(String caseId, String referralId, String reason) {
}

package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The payer approved the referred service. */
@Revision("1")
public record PriorAuthorizationApproved(String caseId, String referralId, String authorizationNumber, LocalDate validUntil) {
}

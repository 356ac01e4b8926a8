package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A referral out to a service was created (not yet sent). */
@Revision("1")
public record ReferralCreated(String caseId, String referralId, ReferralType type, io.caseledger.domain.consent.Recipient recipient, String resourceId, String reason, Urgency urgency, LocalDate dueBy) {
}

package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A referral out to a service was created (not yet sent). */
@Revision("1")
public record ReferralCreated(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @Disclosable ReferralType type,
        @Disclosable io.caseledger.domain.consent.Recipient recipient,
        @Disclosable String resourceId,
        @PersonalData String reason,
        @Disclosable Urgency urgency,
        @Disclosable LocalDate dueBy) {
}

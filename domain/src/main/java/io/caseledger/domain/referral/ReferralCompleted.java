package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** The referred service was delivered and its outcome reported back. */
@Revision("1")
public record ReferralCompleted(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @PersonalData String outcome) {
}

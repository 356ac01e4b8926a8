package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The referral was sent to the recipient under the named consent. */
@Revision("1")
public record ReferralSent(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @Disclosable(As.PSEUDONYM) String consentId,
        @Disclosable LocalDate sentOn) {
}

package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The payer approved the referred service. */
@Revision("1")
public record PriorAuthorizationApproved(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @PersonalData String authorizationNumber,
        @Disclosable LocalDate validUntil) {
}

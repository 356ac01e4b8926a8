package io.caseledger.domain.consent;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** The client withdrew a consent; nothing may be disclosed under it any more. */
@Revision("1")
public record ConsentRevoked(String caseId, @Disclosable(As.PSEUDONYM) String consentId, @PersonalData String reason) {
}

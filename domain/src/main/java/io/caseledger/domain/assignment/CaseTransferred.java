package io.caseledger.domain.assignment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** The case moved from one case manager's caseload to another's. */
@Revision("1")
public record CaseTransferred(
        String caseId,
        @Disclosable(As.PSEUDONYM) String fromCaseManagerId,
        @Disclosable(As.PSEUDONYM) String toCaseManagerId,
        @PersonalData String reason) {
}

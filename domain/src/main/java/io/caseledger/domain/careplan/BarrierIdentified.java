package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** A barrier to the care plan was identified, with the plan to address it. */
@Revision("1")
public record BarrierIdentified(
        String caseId,
        @Disclosable(As.PSEUDONYM) String barrierId,
        @Disclosable(As.PSEUDONYM) String goalId,
        @PersonalData String description,
        @PersonalData String plan) {
}

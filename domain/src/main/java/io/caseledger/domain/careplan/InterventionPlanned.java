package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** An intervention towards a goal was planned. */
@Revision("1")
public record InterventionPlanned(
        String caseId,
        @Disclosable(As.PSEUDONYM) String goalId,
        @Disclosable(As.PSEUDONYM) String interventionId,
        @PersonalData String description,
        @PersonalData String responsible) {
}

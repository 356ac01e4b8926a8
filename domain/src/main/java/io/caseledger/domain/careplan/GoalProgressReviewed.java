package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** Progress on a goal was reviewed: met, partially met or not met, and whether the plan changed. */
@Revision("1")
public record GoalProgressReviewed(
        String caseId,
        @Disclosable(As.PSEUDONYM) String goalId,
        @Disclosable GoalOutcome outcome,
        @PersonalData String note,
        @Disclosable boolean planChanged) {
}

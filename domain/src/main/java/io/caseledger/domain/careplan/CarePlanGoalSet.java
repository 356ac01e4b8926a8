package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A goal was set in the care plan, with its priority and the client's and caregiver's preferences. */
@Revision("1")
public record CarePlanGoalSet(
        String caseId,
        @Disclosable(As.PSEUDONYM) String goalId,
        @PersonalData String description,
        @Disclosable int priority,
        @PersonalData String clientPreference,
        @PersonalData String caregiverPreference,
        @Disclosable LocalDate targetDate) {
}

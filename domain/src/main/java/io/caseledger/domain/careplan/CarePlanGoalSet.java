package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A goal was set in the care plan, with its priority and the client's and caregiver's preferences. */
@Revision("1")
public record CarePlanGoalSet(String caseId, String goalId, @PersonalData String description, int priority, @PersonalData String clientPreference, @PersonalData String caregiverPreference, LocalDate targetDate) {
}

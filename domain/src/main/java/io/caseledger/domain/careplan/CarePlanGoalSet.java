package io.caseledger.domain.careplan;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A goal was set in the care plan, with its priority and the client's and caregiver's preferences. */
@Revision("1")
public record CarePlanGoalSet(String caseId, String goalId, String description, int priority, String clientPreference, String caregiverPreference, LocalDate targetDate) {
}

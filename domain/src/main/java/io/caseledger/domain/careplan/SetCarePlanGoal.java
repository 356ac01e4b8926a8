package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Set a care plan goal, prioritized, with the client's and caregiver's preferences. */
public record SetCarePlanGoal(
        @TargetAggregateIdentifier String caseId,
        String goalId,
        String description,
        Integer priority,
        String clientPreference,
        String caregiverPreference,
        LocalDate targetDate) {

    public SetCarePlanGoal {
        caseId = Require.id("caseId", caseId);
        goalId = Require.id("goalId", goalId);
        description = Require.text("description", description, 2000);
        Require.present("priority", priority);
        if (priority < 1 || priority > 20) {
            throw io.caseledger.domain.shared.CommandRejected.invalid("priority", "must be between 1 and 20");
        }
        clientPreference = Require.optionalText("clientPreference", clientPreference, 2000);
        caregiverPreference = Require.optionalText("caregiverPreference", caregiverPreference, 2000);
    }
}

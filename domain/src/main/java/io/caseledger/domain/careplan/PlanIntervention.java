package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan an intervention towards a goal, and who carries it out. */
public record PlanIntervention(
        @TargetAggregateIdentifier String caseId,
        String goalId,
        String interventionId,
        String description,
        String responsible) {

    public PlanIntervention {
        caseId = Require.id("caseId", caseId);
        goalId = Require.id("goalId", goalId);
        interventionId = Require.id("interventionId", interventionId);
        description = Require.text("description", description, 2000);
        responsible = Require.optionalText("responsible", responsible, 200);
    }
}

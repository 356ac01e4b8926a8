package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a barrier to the care plan and how it will be addressed. */
public record IdentifyBarrier(
        @TargetAggregateIdentifier String caseId,
        String barrierId,
        String goalId,
        String description,
        String plan) {

    public IdentifyBarrier {
        caseId = Require.id("caseId", caseId);
        barrierId = Require.id("barrierId", barrierId);
        goalId = goalId == null ? null : Require.id("goalId", goalId);
        description = Require.text("description", description, 2000);
        plan = Require.optionalText("plan", plan, 2000);
    }
}

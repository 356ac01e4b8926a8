package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the client's self-management plan. */
public record RecordSelfManagementPlan(
        @TargetAggregateIdentifier String caseId,
        String plan) {

    public RecordSelfManagementPlan {
        caseId = Require.id("caseId", caseId);
        plan = Require.text("plan", plan, 8000);
    }
}

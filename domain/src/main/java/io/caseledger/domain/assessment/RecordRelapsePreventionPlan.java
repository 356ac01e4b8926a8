package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the relapse-prevention plan agreed once the client is in remission. */
public record RecordRelapsePreventionPlan(
        @TargetAggregateIdentifier String caseId,
        String plan) {

    public RecordRelapsePreventionPlan {
        caseId = Require.id("caseId", caseId);
        plan = Require.text("plan", plan, 8000);
    }
}

package io.caseledger.domain.task;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Complete a follow-up task with its outcome. */
public record CompleteFollowUpTask(
        @TargetAggregateIdentifier String caseId,
        String taskId,
        String outcome) {

    public CompleteFollowUpTask {
        caseId = Require.id("caseId", caseId);
        taskId = Require.id("taskId", taskId);
        outcome = Require.text("outcome", outcome, 2000);
    }
}

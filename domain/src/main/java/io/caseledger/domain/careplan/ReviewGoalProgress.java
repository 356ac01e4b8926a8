package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Review progress on a goal. */
public record ReviewGoalProgress(
        @TargetAggregateIdentifier String caseId,
        String goalId,
        GoalOutcome outcome,
        String note,
        Boolean planChanged) {

    public ReviewGoalProgress {
        caseId = Require.id("caseId", caseId);
        goalId = Require.id("goalId", goalId);
        Require.present("outcome", outcome);
        note = Require.optionalText("note", note, 2000);
        planChanged = Boolean.TRUE.equals(planChanged);
    }
}

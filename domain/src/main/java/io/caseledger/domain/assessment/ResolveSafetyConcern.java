package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the action taken on the open safety concern. */
public record ResolveSafetyConcern(
        @TargetAggregateIdentifier String caseId,
        SafetyAction action,
        String note) {

    public ResolveSafetyConcern {
        caseId = Require.id("caseId", caseId);
        Require.present("action", action);
        note = Require.optionalText("note", note, 2000);
    }
}

package io.caseledger.domain.assignment;

import io.caseledger.domain.shared.AssignsCaseManager;
import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hand the case to another case manager. */
public record TransferCase(@TargetAggregateIdentifier String caseId, String toCaseManagerId, String reason)
        implements AssignsCaseManager {

    public TransferCase {
        caseId = Require.id("caseId", caseId);
        toCaseManagerId = Require.id("toCaseManagerId", toCaseManagerId);
        reason = Require.text("reason", reason, 1000);
    }

    @Override
    public String assignedCaseManagerId() {
        return toCaseManagerId;
    }
}

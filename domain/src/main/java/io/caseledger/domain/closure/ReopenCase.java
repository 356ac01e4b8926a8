package io.caseledger.domain.closure;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a closed case; the client is enrolled again under the same case manager. */
public record ReopenCase(@TargetAggregateIdentifier String caseId, String reason) {

    public ReopenCase {
        caseId = Require.id("caseId", caseId);
        reason = Require.text("reason", reason, 1000);
    }
}

package io.caseledger.domain.correction;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark an entry as entered in error (wrong client, never happened); it stays in the record, flagged. */
public record MarkEnteredInError(
        @TargetAggregateIdentifier String caseId,
        String eventId,
        String reason) {

    public MarkEnteredInError {
        caseId = Require.id("caseId", caseId);
        eventId = Require.text("eventId", eventId, 64);
        reason = Require.text("reason", reason, 1000);
    }
}

package io.caseledger.domain.contact;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write a note on the case. */
public record WriteCaseNote(
        @TargetAggregateIdentifier String caseId,
        String noteId,
        String text) {

    public WriteCaseNote {
        caseId = Require.id("caseId", caseId);
        noteId = Require.id("noteId", noteId);
        text = Require.text("text", text, 8000);
    }
}

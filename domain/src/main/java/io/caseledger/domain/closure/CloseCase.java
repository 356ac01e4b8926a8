package io.caseledger.domain.closure;

import io.caseledger.domain.shared.HasReason;
import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Close (disenrol) the case with a coded reason; the free-text note stays in the payload only. */
public record CloseCase(@TargetAggregateIdentifier String caseId, ClosureReason closureReason, String note,
                        LocalDate closedOn) implements HasReason {

    public CloseCase {
        caseId = Require.id("caseId", caseId);
        Require.present("closureReason", closureReason);
        note = Require.optionalText("note", note, 2000);
        closedOn = Require.plausibleDate("closedOn", closedOn);
    }

    /** The coded reason, not the note: metadata must not carry free text that may hold PHI. */
    @Override
    public ClosureReason reason() {
        return closureReason;
    }
}

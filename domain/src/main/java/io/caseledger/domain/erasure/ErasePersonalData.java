package io.caseledger.domain.erasure;

import io.caseledger.domain.shared.HasReason;
import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase the client's personal data from a closed case whose retention period has passed, under a
 * coded basis and the reference of the request or retention review that requires it.
 */
public record ErasePersonalData(@TargetAggregateIdentifier String caseId, ErasureBasis basis, String reference)
        implements HasReason {

    public ErasePersonalData {
        caseId = Require.id("caseId", caseId);
        Require.present("basis", basis);
        reference = Require.text("reference", reference, 100);
    }

    @Override
    public ErasureBasis reason() {
        return basis;
    }
}

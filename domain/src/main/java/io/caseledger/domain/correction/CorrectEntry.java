package io.caseledger.domain.correction;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Correct fields of an entry recorded earlier on the case; the entry itself stays as it was. */
public record CorrectEntry(
        @TargetAggregateIdentifier String caseId,
        String correctedEventId,
        List<FieldCorrection> corrections,
        String reason) {

    public CorrectEntry {
        caseId = Require.id("caseId", caseId);
        correctedEventId = Require.text("correctedEventId", correctedEventId, 64);
        corrections = List.copyOf(Require.nonEmpty("corrections", corrections));
        for (int i = 0; i < corrections.size(); i++) {
            Require.text("corrections[" + i + "].field", corrections.get(i).field(), 64);
            Require.present("corrections[" + i + "].value", corrections.get(i).value());
        }
        reason = Require.text("reason", reason, 1000);
    }
}

package io.caseledger.domain.consent;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record that the client was given the programme's statement of rights and responsibilities. */
public record ProvideRightsAndResponsibilities(@TargetAggregateIdentifier String caseId, LocalDate providedOn, ConsentMethod method) {

    public ProvideRightsAndResponsibilities {
        caseId = Require.id("caseId", caseId);
        providedOn = Require.plausibleDate("providedOn", providedOn);
        Require.present("method", method);
    }
}

package io.caseledger.domain.intake;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Decide whether a referred client is eligible; an ineligible decision must say why. */
public record DetermineEligibility(
        @TargetAggregateIdentifier String caseId,
        Boolean eligible,
        String reason,
        LocalDate determinedOn) {

    public DetermineEligibility {
        caseId = Require.id("caseId", caseId);
        Require.present("eligible", eligible);
        reason = eligible ? Require.optionalText("reason", reason, 1000) : Require.text("reason", reason, 1000);
        determinedOn = Require.plausibleDate("determinedOn", determinedOn);
    }
}

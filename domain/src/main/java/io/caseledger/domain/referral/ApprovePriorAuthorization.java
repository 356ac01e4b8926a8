package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record the payer's approval. */
public record ApprovePriorAuthorization(
        @TargetAggregateIdentifier String caseId,
        String referralId,
        String authorizationNumber,
        LocalDate validUntil) {

    public ApprovePriorAuthorization {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
        authorizationNumber = Require.text("authorizationNumber", authorizationNumber, 100);
        Require.present("validUntil", validUntil);
    }
}

package io.caseledger.domain.consent;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The client withdraws a consent from now on. */
public record RevokeConsent(@TargetAggregateIdentifier String caseId, String consentId, String reason) {

    public RevokeConsent {
        caseId = Require.id("caseId", caseId);
        consentId = Require.id("consentId", consentId);
        reason = Require.text("reason", reason, 1000);
    }
}

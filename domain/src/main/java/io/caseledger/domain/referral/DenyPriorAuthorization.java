package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the payer's denial and its reason. */
public record DenyPriorAuthorization(
        @TargetAggregateIdentifier String caseId,
        String referralId,
        String reason) {

    public DenyPriorAuthorization {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
        reason = Require.text("reason", reason, 1000);
    }
}

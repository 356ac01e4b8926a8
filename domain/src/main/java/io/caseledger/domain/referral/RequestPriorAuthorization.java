package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ask the payer to authorize the referred service. */
public record RequestPriorAuthorization(
        @TargetAggregateIdentifier String caseId,
        String referralId,
        String payer) {

    public RequestPriorAuthorization {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
        payer = Require.text("payer", payer, 200);
    }
}

package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a referral that is no longer wanted. */
public record CancelReferral(
        @TargetAggregateIdentifier String caseId,
        String referralId,
        String reason) {

    public CancelReferral {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
        reason = Require.text("reason", reason, 1000);
    }
}

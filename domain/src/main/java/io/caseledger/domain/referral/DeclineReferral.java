package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the recipient declined, and why. */
public record DeclineReferral(
        @TargetAggregateIdentifier String caseId,
        String referralId,
        String reason) {

    public DeclineReferral {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
        reason = Require.text("reason", reason, 1000);
    }
}

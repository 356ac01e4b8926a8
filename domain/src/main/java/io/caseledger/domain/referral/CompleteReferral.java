package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the outcome the recipient reported. */
public record CompleteReferral(
        @TargetAggregateIdentifier String caseId,
        String referralId,
        String outcome) {

    public CompleteReferral {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
        outcome = Require.text("outcome", outcome, 2000);
    }
}

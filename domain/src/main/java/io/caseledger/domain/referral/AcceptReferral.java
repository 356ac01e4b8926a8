package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the recipient accepted the client. */
public record AcceptReferral(
        @TargetAggregateIdentifier String caseId,
        String referralId) {

    public AcceptReferral {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
    }
}

package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the recipient acknowledged receipt. */
public record AcknowledgeReferral(
        @TargetAggregateIdentifier String caseId,
        String referralId) {

    public AcknowledgeReferral {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
    }
}

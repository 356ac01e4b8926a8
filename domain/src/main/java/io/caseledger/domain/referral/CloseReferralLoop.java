package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the loop: the outcome is known and documented. */
public record CloseReferralLoop(
        @TargetAggregateIdentifier String caseId,
        String referralId,
        String note) {

    public CloseReferralLoop {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
        note = Require.optionalText("note", note, 2000);
    }
}

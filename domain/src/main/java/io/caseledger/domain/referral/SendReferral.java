package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Send a created referral; refused unless an active consent covers the recipient. */
public record SendReferral(
        @TargetAggregateIdentifier String caseId,
        String referralId,
        LocalDate sentOn) {

    public SendReferral {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
        sentOn = Require.plausibleDate("sentOn", sentOn);
    }
}

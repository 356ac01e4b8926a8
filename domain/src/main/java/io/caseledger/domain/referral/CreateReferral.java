package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Create a referral out to a service; it is sent separately, once consent allows. */
public record CreateReferral(
        @TargetAggregateIdentifier String caseId,
        String referralId,
        ReferralType type,
        io.caseledger.domain.consent.Recipient recipient,
        String resourceId,
        String reason,
        Urgency urgency,
        LocalDate dueBy) {

    public CreateReferral {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
        Require.present("type", type);
        recipient = io.caseledger.domain.consent.Recipient.checked("recipient", recipient);
        resourceId = resourceId == null ? null : Require.id("resourceId", resourceId);
        reason = Require.text("reason", reason, 2000);
        urgency = urgency == null ? Urgency.ROUTINE : urgency;
        Require.present("dueBy", dueBy);
    }
}

package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Record the appointment the recipient booked for the client. */
public record BookReferralAppointment(
        @TargetAggregateIdentifier String caseId,
        String referralId,
        Instant appointmentAt,
        String appointmentId) {

    public BookReferralAppointment {
        caseId = Require.id("caseId", caseId);
        referralId = Require.id("referralId", referralId);
        Require.present("appointmentAt", appointmentAt);
        appointmentId = appointmentId == null ? null : Require.id("appointmentId", appointmentId);
    }
}

package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel an appointment, saying who cancelled and why. */
public record CancelAppointment(
        @TargetAggregateIdentifier String caseId,
        String appointmentId,
        CancelledBy cancelledBy,
        String reason) {

    public CancelAppointment {
        caseId = Require.id("caseId", caseId);
        appointmentId = Require.id("appointmentId", appointmentId);
        Require.present("cancelledBy", cancelledBy);
        reason = Require.text("reason", reason, 1000);
    }
}

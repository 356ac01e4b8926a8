package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Move an appointment to a new time. */
public record RescheduleAppointment(
        @TargetAggregateIdentifier String caseId,
        String appointmentId,
        Instant at,
        String reason) {

    public RescheduleAppointment {
        caseId = Require.id("caseId", caseId);
        appointmentId = Require.id("appointmentId", appointmentId);
        Require.present("at", at);
        reason = Require.text("reason", reason, 1000);
    }
}

package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a reminder sent to the client. */
public record SendAppointmentReminder(
        @TargetAggregateIdentifier String caseId,
        String appointmentId,
        ReminderChannel channel) {

    public SendAppointmentReminder {
        caseId = Require.id("caseId", caseId);
        appointmentId = Require.id("appointmentId", appointmentId);
        Require.present("channel", channel);
    }
}

package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the client attended. */
public record RecordAppointmentKept(
        @TargetAggregateIdentifier String caseId,
        String appointmentId) {

    public RecordAppointmentKept {
        caseId = Require.id("caseId", caseId);
        appointmentId = Require.id("appointmentId", appointmentId);
    }
}

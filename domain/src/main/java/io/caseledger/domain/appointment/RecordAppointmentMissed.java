package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the client did not attend (a follow-up task follows automatically). */
public record RecordAppointmentMissed(
        @TargetAggregateIdentifier String caseId,
        String appointmentId) {

    public RecordAppointmentMissed {
        caseId = Require.id("caseId", caseId);
        appointmentId = Require.id("appointmentId", appointmentId);
    }
}

package io.caseledger.domain.appointment;

import org.axonframework.serialization.Revision;

/** An appointment was cancelled. */
@Revision("1")
public record AppointmentCancelled(String caseId, String appointmentId, CancelledBy cancelledBy, String reason) {
}

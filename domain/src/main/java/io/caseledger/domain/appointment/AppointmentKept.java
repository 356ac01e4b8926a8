package io.caseledger.domain.appointment;

import org.axonframework.serialization.Revision;

/** The client attended the appointment. */
@Revision("1")
public record AppointmentKept(String caseId, String appointmentId) {
}

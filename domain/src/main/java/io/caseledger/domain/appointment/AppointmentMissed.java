package io.caseledger.domain.appointment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The client missed the appointment. */
@Revision("1")
public record AppointmentMissed(String caseId, String appointmentId, Instant scheduledFor) {
}

package io.caseledger.domain.appointment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An appointment moved to a new time. */
@Revision("1")
public record AppointmentRescheduled(String caseId, String appointmentId, Instant previousAt, Instant at, String reason) {
}

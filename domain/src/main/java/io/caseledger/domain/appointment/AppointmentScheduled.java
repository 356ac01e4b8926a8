package io.caseledger.domain.appointment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An appointment was booked for the client. */
@Revision("1")
public record AppointmentScheduled(String caseId, String appointmentId, String with, String organisation, Instant at, String location, boolean virtual, String purpose, String referralId) {
}

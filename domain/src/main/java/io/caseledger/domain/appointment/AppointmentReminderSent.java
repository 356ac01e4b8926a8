package io.caseledger.domain.appointment;

import org.axonframework.serialization.Revision;

/** The client was reminded of an appointment. */
@Revision("1")
public record AppointmentReminderSent(String caseId, String appointmentId, ReminderChannel channel) {
}

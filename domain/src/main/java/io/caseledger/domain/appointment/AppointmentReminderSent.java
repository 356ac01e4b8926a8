package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** The client was reminded of an appointment. */
@Revision("1")
public record AppointmentReminderSent(
        String caseId,
        @Disclosable(As.PSEUDONYM) String appointmentId,
        @Disclosable ReminderChannel channel) {
}

package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** The client attended the appointment. */
@Revision("1")
public record AppointmentKept(String caseId, @Disclosable(As.PSEUDONYM) String appointmentId) {
}

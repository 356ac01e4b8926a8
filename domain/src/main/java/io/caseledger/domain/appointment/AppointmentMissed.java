package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The client missed the appointment. */
@Revision("1")
public record AppointmentMissed(
        String caseId,
        @Disclosable(As.PSEUDONYM) String appointmentId,
        @Disclosable Instant scheduledFor) {
}

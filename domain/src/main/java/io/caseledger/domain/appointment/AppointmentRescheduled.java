package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An appointment moved to a new time. */
@Revision("1")
public record AppointmentRescheduled(
        String caseId,
        @Disclosable(As.PSEUDONYM) String appointmentId,
        @Disclosable Instant previousAt,
        @Disclosable Instant at,
        @PersonalData String reason) {
}

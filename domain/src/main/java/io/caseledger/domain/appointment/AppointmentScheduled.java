package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An appointment was booked for the client. */
@Revision("1")
public record AppointmentScheduled(
        String caseId,
        @Disclosable(As.PSEUDONYM) String appointmentId,
        @PersonalData String with,
        @PersonalData String organisation,
        @Disclosable Instant at,
        @PersonalData String location,
        @Disclosable boolean virtual,
        @PersonalData String purpose,
        @Disclosable(As.PSEUDONYM) String referralId) {
}

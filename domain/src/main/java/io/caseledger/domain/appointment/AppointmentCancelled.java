package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** An appointment was cancelled. */
@Revision("1")
public record AppointmentCancelled(
        String caseId,
        @Disclosable(As.PSEUDONYM) String appointmentId,
        @Disclosable CancelledBy cancelledBy,
        @PersonalData String reason) {
}

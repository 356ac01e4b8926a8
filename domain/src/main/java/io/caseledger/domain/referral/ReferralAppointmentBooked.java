package io.caseledger.domain.referral;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The recipient booked an appointment for the referred client. */
@Revision("1")
public record ReferralAppointmentBooked(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @Disclosable Instant appointmentAt,
        @Disclosable(As.PSEUDONYM) String appointmentId) {
}

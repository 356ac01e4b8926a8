package io.caseledger.domain.referral;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The recipient booked an appointment for the referred client. */
@Revision("1")
public record ReferralAppointmentBooked(String caseId, String referralId, Instant appointmentAt, String appointmentId) {
}

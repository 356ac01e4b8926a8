package io.caseledger.domain.appointment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Book an appointment for the client with a provider or service. */
public record ScheduleAppointment(
        @TargetAggregateIdentifier String caseId,
        String appointmentId,
        String with,
        String organisation,
        Instant at,
        String location,
        Boolean virtual,
        String purpose,
        String referralId) {

    public ScheduleAppointment {
        caseId = Require.id("caseId", caseId);
        appointmentId = Require.id("appointmentId", appointmentId);
        with = Require.text("with", with, 200);
        organisation = Require.optionalText("organisation", organisation, 200);
        Require.present("at", at);
        virtual = Boolean.TRUE.equals(virtual);
        location = virtual ? Require.optionalText("location", location, 300) : Require.text("location", location, 300);
        purpose = Require.text("purpose", purpose, 500);
        referralId = referralId == null ? null : Require.id("referralId", referralId);
    }
}

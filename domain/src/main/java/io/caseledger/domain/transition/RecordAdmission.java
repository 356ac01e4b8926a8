package io.caseledger.domain.transition;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Record a notification that the client was admitted or seen in the ED. */
public record RecordAdmission(
        @TargetAggregateIdentifier String caseId,
        String admissionId,
        String facility,
        AdmissionType type,
        Instant admittedAt) {

    public RecordAdmission {
        caseId = Require.id("caseId", caseId);
        admissionId = Require.id("admissionId", admissionId);
        facility = Require.text("facility", facility, 200);
        Require.present("type", type);
        Require.present("admittedAt", admittedAt);
    }
}

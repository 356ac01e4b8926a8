package io.caseledger.domain.intake;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record help given to the client in applying for coverage (Medicaid, marketplace, charity care...). */
public record RecordInsuranceAssistance(
        @TargetAggregateIdentifier String caseId,
        String programme,
        InsuranceApplicationStatus status,
        LocalDate assistedOn) {

    public RecordInsuranceAssistance {
        caseId = Require.id("caseId", caseId);
        programme = Require.text("programme", programme, 200);
        Require.present("status", status);
        assistedOn = Require.plausibleDate("assistedOn", assistedOn);
    }
}

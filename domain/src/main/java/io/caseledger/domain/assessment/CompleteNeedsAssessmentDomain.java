package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record one domain of the initial needs assessment as completed, with its findings. */
public record CompleteNeedsAssessmentDomain(
        @TargetAggregateIdentifier String caseId,
        NeedsDomain domain,
        LocalDate completedOn,
        String findings) {

    public CompleteNeedsAssessmentDomain {
        caseId = Require.id("caseId", caseId);
        Require.present("domain", domain);
        completedOn = Require.plausibleDate("completedOn", completedOn);
        findings = Require.text("findings", findings, 8000);
    }
}

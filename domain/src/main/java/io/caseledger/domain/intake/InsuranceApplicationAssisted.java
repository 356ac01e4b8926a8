package io.caseledger.domain.intake;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The case manager helped the client with an insurance application. */
@Revision("1")
public record InsuranceApplicationAssisted(
        String caseId,
        @PersonalData String programme,
        @Disclosable InsuranceApplicationStatus status,
        @Disclosable LocalDate assistedOn) {
}

package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A domain of the initial needs assessment was completed (again, if it is an update). */
@Revision("1")
public record NeedsAssessmentDomainCompleted(
        String caseId,
        @Disclosable NeedsDomain domain,
        @Disclosable LocalDate completedOn,
        @PersonalData String findings) {
}

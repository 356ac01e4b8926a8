package io.caseledger.domain.assessment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A domain of the initial needs assessment was completed (again, if it is an update). */
@Revision("1")
public record NeedsAssessmentDomainCompleted(String caseId, NeedsDomain domain, LocalDate completedOn, String findings) {
}

package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** The open safety concern was acted on. */
@Revision("1")
public record SafetyConcernResolved(String caseId, @Disclosable SafetyAction action, @PersonalData String note) {
}

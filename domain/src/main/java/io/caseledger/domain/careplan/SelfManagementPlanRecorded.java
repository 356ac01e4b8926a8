package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** The client's self-management plan was recorded. */
@Revision("1")
public record SelfManagementPlanRecorded(String caseId, @PersonalData String plan) {
}

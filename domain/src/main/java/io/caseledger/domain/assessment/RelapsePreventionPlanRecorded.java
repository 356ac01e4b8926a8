package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** A relapse-prevention plan was recorded for a client in remission. */
@Revision("1")
public record RelapsePreventionPlanRecorded(String caseId, @PersonalData String plan) {
}

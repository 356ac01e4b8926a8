package io.caseledger.domain.careplan;

import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** An intervention towards a goal was planned. */
@Revision("1")
public record InterventionPlanned(String caseId, String goalId, String interventionId, @PersonalData String description, String responsible) {
}
